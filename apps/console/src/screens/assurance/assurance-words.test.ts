import { describe, expect, it } from 'vitest';
import {
  actionStatusWords,
  overallWords,
  ratingColour,
  ratingScale,
  ratingWords,
  statusWords,
} from './assurance-words';

describe('assurance in words', () => {
  it('says each rating, and not rated, in words with its colour', () => {
    expect(ratingWords('PARTIALLY_COMPLIANT')).toBe('Partially compliant');
    expect(ratingWords('NON_COMPLIANT')).toBe('Non-compliant');
    expect(ratingWords('NOT_ACHIEVED')).toBe('Not achieved');
    expect(ratingWords(null)).toBe('Not rated');
    expect(ratingColour('FULLY_COMPLIANT')).toBe('green');
    expect(ratingColour(null)).toBe('grey');
  });

  it('offers the framework’s own scale', () => {
    expect(ratingScale('EPRR_CORE_STANDARDS')).toEqual(['FULLY_COMPLIANT', 'PARTIALLY_COMPLIANT', 'NON_COMPLIANT']);
    expect(ratingScale('CAF_DSPT')).toEqual(['ACHIEVED', 'PARTIALLY_ACHIEVED', 'NOT_ACHIEVED']);
  });

  it('says the overall rating: the EPRR band with its share, the share alone without a band', () => {
    expect(
      overallWords({ applicable: 11, fullyCompliant: 10, percent: 90, band: 'SUBSTANTIAL' }, 'EPRR_CORE_STANDARDS'),
    ).toBe('Substantial: 90% fully compliant (10 of 11)');
    expect(
      overallWords({ applicable: 4, fullyCompliant: 3, percent: 75, band: 'NON_COMPLIANT' }, 'EPRR_CORE_STANDARDS'),
    ).toBe('Non-compliant: 75% fully compliant (3 of 4)');
    expect(overallWords({ applicable: 39, fullyCompliant: 13, percent: 33, band: null }, 'CAF_DSPT')).toBe(
      '33% achieved (13 of 39)',
    );
    expect(overallWords({ applicable: 0, fullyCompliant: 0, percent: 0, band: null }, 'CAF_DSPT')).toBe(
      'No applicable requirements',
    );
  });

  it('says a status and an action’s status', () => {
    expect(statusWords('SUBMITTED')).toBe('Submitted to the ICB');
    expect(actionStatusWords('IN_PROGRESS')).toBe('In progress');
    expect(actionStatusWords('OPEN')).toBe('Open');
  });
});
