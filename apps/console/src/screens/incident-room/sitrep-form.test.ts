import { describe, expect, it } from 'vitest';
import { nextSitRepWords, sitRepInput, SITREP_TEMPLATES, validateSitRep } from './sitrep-form';

describe('the SitRep form', () => {
  it('asks for every field of the chosen template, in its order', () => {
    expect(validateSitRep('SBAR', { situation: 'x', assessment: '  ' }).map((p) => p.field)).toEqual([
      'sitrep-background',
      'sitrep-assessment',
      'sitrep-recommendation',
    ]);
    expect(validateSitRep('TACTICAL', {})[0].message).toBe('Enter the conditions');
  });

  it('sends only the template’s fields, trimmed', () => {
    const input = sitRepInput('inc-1', 'TACTICAL', { conditions: ' a ', actions: 'b', needs: 'c', situation: 'no' });
    expect(input).toEqual({ incidentId: 'inc-1', template: 'TACTICAL', conditions: 'a', actions: 'b', needs: 'c' });
  });

  it('has three templates with distinct fields', () => {
    const names = Object.values(SITREP_TEMPLATES).flatMap((t) => t.fields.map((f) => f.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('counts down to the next SitRep and says when it is overdue', () => {
    const now = Date.parse('2026-06-01T10:00:00Z');
    expect(nextSitRepWords('2026-06-01T12:30:00Z', false, now)).toEqual({
      words: 'in 2 hours 30 minutes',
      overdue: false,
    });
    expect(nextSitRepWords('2026-06-01T09:40:00Z', true, now)).toEqual({
      words: 'overdue by 20 minutes',
      overdue: true,
    });
    // The server's clock says overdue a moment before this one does.
    expect(nextSitRepWords('2026-06-01T10:00:20Z', true, now)).toEqual({ words: 'due now', overdue: true });
    expect(nextSitRepWords(null, false, now)).toBeNull();
  });
});
