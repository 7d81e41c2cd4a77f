import { describe, expect, it } from 'vitest';
import {
  EMPTY_RATE,
  ownerWords,
  parseUkDate,
  rateInput,
  typedDate,
  validateGapAction,
  validateRate,
  validatePeriod,
  validateReturn,
} from './assessment-forms';

describe('the assessment forms', () => {
  it('asks for the requirement and its rating, https links and a real target date', () => {
    expect(validateRate(EMPTY_RATE).map((p) => p.field)).toEqual(['rate-requirement', 'rate-rating']);
    const filled = { ...EMPTY_RATE, requirementId: 'r', rating: 'PARTIALLY_COMPLIANT' };
    expect(validateRate(filled)).toEqual([]);
    expect(validateRate({ ...filled, links: 'http://example.org' })[0].field).toBe('rate-links');
    expect(validateRate({ ...filled, targetDate: '31/02/2026' })[0].message).toContain('real date');
  });

  it('reads a UK date and shows one back', () => {
    expect(parseUkDate('31/3/2026')).toBe('2026-03-31');
    expect(parseUkDate('2026-03-31')).toBeNull();
    expect(typedDate('2026-03-31')).toBe('31/03/2026');
    expect(typedDate(null)).toBe('');
  });

  it('sends a gap’s plan only when the rating falls short', () => {
    const form = {
      ...EMPTY_RATE,
      requirementId: 'r',
      rating: 'PARTIALLY_COMPLIANT',
      improvement: ' Train a team ',
      targetDate: '31/03/2026',
      links: 'https://a.example\n\n https://b.example ',
    };
    expect(rateInput(form, 'a', 3)).toMatchObject({
      improvement: 'Train a team',
      targetDate: '2026-03-31',
      evidenceLinks: ['https://a.example', 'https://b.example'],
      version: 3,
    });
    const met = rateInput({ ...form, rating: 'FULLY_COMPLIANT' }, 'a', 3);
    expect(met.improvement).toBeUndefined();
    expect(met.targetDate).toBeUndefined();
  });

  it('asks for the return’s comments and the gap action’s gap and team', () => {
    expect(validateReturn(' ')[0].field).toBe('return-comment');
    expect(validateReturn('Evidence for GOV-01')).toEqual([]);
    expect(validateGapAction({ gapId: '', function: '', title: '' }).map((p) => p.field)).toEqual([
      'gap-action-gap',
      'gap-action-team',
    ]);
    expect(validateGapAction({ gapId: 'g', function: 'EPRR', title: 'ab' })[0].field).toBe('gap-action-title');
  });

  it('takes a year or a financial year as the period', () => {
    expect(validatePeriod('2025-26')).toEqual([]);
    expect(validatePeriod('2025')).toEqual([]);
    expect(validatePeriod('25/26')[0].field).toBe('start-period');
  });

  it('names the person rating as owner only when they ask to be, and says who owns a requirement', () => {
    const form = { ...EMPTY_RATE, requirementId: 'r', rating: 'FULLY_COMPLIANT' };
    expect(rateInput(form, 'a', 1, 'me-1').ownerUserId).toBeUndefined();
    expect(rateInput({ ...form, ownedByMe: true }, 'a', 1, 'me-1').ownerUserId).toBe('me-1');
    expect(rateInput({ ...form, ownedByMe: true }, 'a', 1, null).ownerUserId).toBeUndefined();
    expect(ownerWords(null)).toBe('No owner');
    expect(ownerWords({ displayName: 'Olu Owner', active: true })).toBe('Olu Owner');
    expect(ownerWords({ displayName: 'Olu Owner', active: false })).toBe('Olu Owner (deactivated)');
  });
});
