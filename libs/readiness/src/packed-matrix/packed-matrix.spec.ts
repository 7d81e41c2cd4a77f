import { IncidentCategory, RunbookStatus } from '@muster/runbooks';
import { toMatrixRunbookFacts } from './packed-matrix';

describe('the matrix runbook facts', () => {
  it('reads every field of every runbook, empty fields as null', () => {
    const facts = toMatrixRunbookFacts([
      {
        organisationId: 'a',
        runbooks:
          'RANSOMWARE,DDOS|APPROVED|3|20|5|268435455|127|1798761600000|2|3|1|1764000000000|1764000000000|1700000000000|2;DATA_BREACH|DRAFT||0|0|0|0||||0||||0',
      },
      { organisationId: 'b', runbooks: 'IT_OUTAGE|IN_REVIEW|12|7|0|16|4|-86400000|4||0|||1700000000000|0' },
    ]);
    expect(facts).toEqual([
      {
        id: '',
        organisationId: 'a',
        title: '',
        status: RunbookStatus.APPROVED,
        categories: [IncidentCategory.RANSOMWARE, IncidentCategory.DDOS],
        approvedVersion: { number: 3, approvedAt: null },
        stepCount: 20,
        requiredDuties: { lo: 5, hi: 268435455, des: 127 },
        nextReviewAt: new Date(1798761600000),
        template: { title: '', adoptedVersion: 2, latestVersion: 3 },
        exercises: {
          lastExercisedAt: new Date(1764000000000),
          lessonsSince: new Date(1764000000000),
          firstApprovedAt: new Date(1700000000000),
          overdueActions: 2,
        },
        ownerGone: true,
      },
      {
        id: '',
        organisationId: 'a',
        title: '',
        status: RunbookStatus.DRAFT,
        categories: [IncidentCategory.DATA_BREACH],
        approvedVersion: null,
        stepCount: 0,
        requiredDuties: { lo: 0, hi: 0, des: 0 },
        nextReviewAt: null,
        template: null,
        exercises: { lastExercisedAt: null, lessonsSince: null, firstApprovedAt: null, overdueActions: 0 },
        ownerGone: false,
      },
      {
        id: '',
        organisationId: 'b',
        title: '',
        status: RunbookStatus.IN_REVIEW,
        categories: [IncidentCategory.IT_OUTAGE],
        approvedVersion: { number: 12, approvedAt: null },
        stepCount: 7,
        requiredDuties: { lo: 0, hi: 16, des: 4 },
        nextReviewAt: new Date(-86400000),
        template: null,
        exercises: {
          lastExercisedAt: null,
          lessonsSince: null,
          firstApprovedAt: new Date(1700000000000),
          overdueActions: 0,
        },
        ownerGone: false,
      },
    ]);
  });

  it('shares the values many runbooks have in common', () => {
    const [x, y] = toMatrixRunbookFacts([
      {
        organisationId: 'a',
        runbooks: 'DDOS|APPROVED|1|2|0|0|0|5|1|2|0|7||7|0;DDOS|APPROVED|1|3|0|0|0|5|1|2|0|7||7|0',
      },
    ]);
    expect(x.categories).toBe(y.categories);
    expect(x.nextReviewAt).toBe(y.nextReviewAt);
    expect(x.approvedVersion).toBe(y.approvedVersion);
    expect(x.template).toBe(y.template);
    expect(x.exercises?.lastExercisedAt).toBe(y.exercises?.lastExercisedAt);
  });

  it('counts a category listed twice once', () => {
    const [x] = toMatrixRunbookFacts([
      { organisationId: 'a', runbooks: 'DDOS,RANSOMWARE,DDOS|APPROVED|1|2|0|0|0||||||||0' },
    ]);
    expect(x.categories).toEqual([IncidentCategory.DDOS, IncidentCategory.RANSOMWARE]);
  });
});
