import { describe, expect, it } from 'vitest';
import { EMPTY_REPORT, fieldOfError, validateReport } from './report-form';

describe('the report form', () => {
  it('asks for a title, a kind and the personal data answer, in the order of the fields', () => {
    expect(validateReport(EMPTY_REPORT).map((p) => p.field)).toEqual(['title', 'category', 'personalData']);
  });

  it('refuses to declare a major incident without METHANE', () => {
    const problems = validateReport({
      ...EMPTY_REPORT,
      title: 'Mass casualty',
      category: 'MASS_CASUALTY',
      personalData: 'no',
      type: 'MAJOR',
      declareNow: true,
    });
    expect(problems.map((p) => p.field)).toEqual(['declareNow']);
    expect(problems[0].message).toMatch(/METHANE/);
  });

  it('accepts a complete form', () => {
    expect(validateReport({ ...EMPTY_REPORT, title: 'x', category: 'OTHER', personalData: 'yes' })).toEqual([]);
  });

  it('maps a server field problem to the form field', () => {
    expect(fieldOfError({ extensions: { code: 'BAD_USER_INPUT', field: 'title' } })).toBe('title');
    expect(fieldOfError({ extensions: { fields: [{ field: 'input.level' }] } })).toBe('level');
    expect(fieldOfError({ extensions: { field: 'organisationId' } })).toBeUndefined();
  });
});
