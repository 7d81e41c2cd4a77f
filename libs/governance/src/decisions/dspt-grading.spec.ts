import { suggestedReportable } from './dspt-grading';

describe('DSPT grading', () => {
  const defaults = { reportableMinLikelihood: 3, reportableMinSeverity: 2 };

  it('suggests reportable from likely (3) and minor (2) upwards by default', () => {
    expect(suggestedReportable(3, 2, defaults)).toBe(true);
    expect(suggestedReportable(5, 5, defaults)).toBe(true);
    expect(suggestedReportable(2, 5, defaults)).toBe(false);
    expect(suggestedReportable(5, 1, defaults)).toBe(false);
  });

  it('follows configured thresholds', () => {
    expect(suggestedReportable(3, 2, { reportableMinLikelihood: 4, reportableMinSeverity: 2 })).toBe(false);
  });
});
