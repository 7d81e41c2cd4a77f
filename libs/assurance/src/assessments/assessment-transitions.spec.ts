import { AssessmentStatus } from './assessment-enums';
import { AssessmentFacts, AssessmentTransitions } from './assessment-transitions';

const facts = (status: AssessmentStatus, extra: Partial<AssessmentFacts> = {}): AssessmentFacts => ({
  status,
  unrated: 0,
  gapsWithoutPlan: 0,
  comment: '',
  ...extra,
});

describe('AssessmentTransitions', () => {
  it('moves DRAFT → SUBMITTED → CONFIRMED → PUBLISHED, and back to DRAFT with comments', () => {
    expect(AssessmentTransitions.plan('edit', facts(AssessmentStatus.DRAFT))).toBe('DRAFT');
    expect(AssessmentTransitions.plan('submit', facts(AssessmentStatus.DRAFT))).toBe('SUBMITTED');
    expect(AssessmentTransitions.plan('confirm', facts(AssessmentStatus.SUBMITTED))).toBe('CONFIRMED');
    expect(AssessmentTransitions.plan('publish', facts(AssessmentStatus.CONFIRMED))).toBe('PUBLISHED');
    expect(
      AssessmentTransitions.plan('returnToDraft', facts(AssessmentStatus.SUBMITTED, { comment: 'Evidence?' })),
    ).toBe('DRAFT');
  });

  it('refuses a submission with unrated requirements or unplanned gaps, and a return without comments', () => {
    expect(() => AssessmentTransitions.plan('submit', facts(AssessmentStatus.DRAFT, { unrated: 2 }))).toThrow(
      '2 applicable requirement(s) are not rated yet',
    );
    expect(() => AssessmentTransitions.plan('submit', facts(AssessmentStatus.DRAFT, { gapsWithoutPlan: 1 }))).toThrow(
      'no planned improvement',
    );
    expect(() => AssessmentTransitions.plan('returnToDraft', facts(AssessmentStatus.SUBMITTED))).toThrow('comment');
  });

  it.each(['CONFIRMED', 'PUBLISHED'] as const)('changes nothing in a %s assessment', (status) => {
    for (const action of ['edit', 'submit', 'confirm', 'returnToDraft'] as const)
      expect(() => AssessmentTransitions.plan(action, facts(AssessmentStatus[status], { comment: 'x' }))).toThrow(
        /can no longer change/,
      );
  });
});
