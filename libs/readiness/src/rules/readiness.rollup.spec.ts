import { OrganisationKind } from '@muster/identity';
import { IncidentCategory, RunbookStatus } from '@muster/runbooks';
import { NO_DUTIES } from '../duty-bits/duty-set';
import { ReadinessStatus } from './readiness.enums';
import { HolderFacts, OrganisationFacts, RunbookFacts, TemplateFacts } from './readiness.facts';
import { assessOrganisation, assessSystem } from './readiness.rollup';

const NOW = new Date('2026-11-28T09:00:00Z');
const { RANSOMWARE, DDOS, DATA_BREACH, IT_OUTAGE } = IncidentCategory;

const org = (id: string, name = `Org ${id}`): OrganisationFacts => ({
  id,
  name,
  odsCode: id.toUpperCase(),
  kind: OrganisationKind.ACUTE_TRUST,
  optIns: [],
  retiredCategories: [],
});
const template = (title: string, ...categories: IncidentCategory[]): TemplateFacts => ({
  id: title,
  title,
  categories,
});

function runbook(
  id: string,
  organisationId: string,
  categories: IncidentCategory[],
  overrides: Partial<RunbookFacts> = {},
): RunbookFacts {
  return {
    id,
    organisationId,
    title: `Runbook ${id}`,
    status: RunbookStatus.APPROVED,
    categories,
    approvedVersion: { number: 1, approvedAt: new Date('2026-06-01T00:00:00Z') },
    nextReviewAt: new Date('2027-06-01T00:00:00Z'),
    stepCount: 10,
    requiredDuties: NO_DUTIES,
    template: null,
    exercises: null,
    ownerGone: false,
    ...overrides,
  };
}

const overdue = { nextReviewAt: new Date('2026-01-01T00:00:00Z') };
const holders: HolderFacts[] = [];
const assess = (o: OrganisationFacts, runbooks: RunbookFacts[], templates: TemplateFacts[]) =>
  assessOrganisation({ organisation: o, runbooks, holders, templates, now: NOW, words: true });

describe('readiness roll-ups', () => {
  const templates = [template('Ransomware', RANSOMWARE), template('DDoS response', DDOS)];

  it('scores an organisation as the mean of its categories, a missing runbook scoring 0', () => {
    const a = assess(org('a'), [runbook('r1', 'a', [RANSOMWARE])], templates);
    expect(a.categories.map((c) => [c.category, c.status, c.score])).toEqual([
      [RANSOMWARE, ReadinessStatus.READY, 1],
      [DDOS, ReadinessStatus.NOT_COVERED, 0],
    ]);
    expect(a.score).toBe(0.5);
    expect(a.gaps).toEqual(["No runbook for DDoS (ICS template 'DDoS response' not adopted)"]);
  });

  it('averages the runbooks of a category and lists missing runbooks before runbook gaps', () => {
    const runbooks = [runbook('r2', 'a', [RANSOMWARE, DATA_BREACH], overdue), runbook('r1', 'a', [RANSOMWARE])];
    const a = assess(org('a'), runbooks, templates);
    const ransomware = a.categories.find((c) => c.category === RANSOMWARE);
    expect(ransomware).toMatchObject({ status: ReadinessStatus.GAPS, runbookIds: ['r1', 'r2'] });
    expect(ransomware?.score).toBeCloseTo(5 / 6);
    expect(a.categories.map((c) => c.category)).toEqual([RANSOMWARE, DATA_BREACH, DDOS]);
    expect(a.gaps).toEqual([
      "No runbook for DDoS (ICS template 'DDoS response' not adopted)",
      'Runbook r2: review was due on 1 January 2026',
    ]);
  });

  it('builds the matrix with not-applicable cells left out of every score', () => {
    const runbooks = [runbook('r1', 'a', [RANSOMWARE]), runbook('r2', 'b', [IT_OUTAGE], overdue)];
    const s = assessSystem([org('a'), org('b')], runbooks, holders, templates, NOW);
    expect(s.categories.map((c) => c.category)).toEqual([RANSOMWARE, DDOS, IT_OUTAGE]);
    expect(s.cells.map((c) => [c.organisationId, c.category, c.status, c.score, c.gapCount])).toEqual([
      ['a', RANSOMWARE, ReadinessStatus.READY, 1, 0],
      ['a', DDOS, ReadinessStatus.NOT_COVERED, 0, 1],
      ['a', IT_OUTAGE, ReadinessStatus.NOT_APPLICABLE, null, 0],
      ['b', RANSOMWARE, ReadinessStatus.NOT_COVERED, 0, 1],
      ['b', DDOS, ReadinessStatus.NOT_COVERED, 0, 1],
      ['b', IT_OUTAGE, ReadinessStatus.GAPS, 2 / 3, 1],
    ]);
    expect(s.organisations.map((o) => [o.organisation.id, o.score, o.gapCount])).toEqual([
      ['a', 0.5, 1],
      ['b', 2 / 9, 3],
    ]);
    expect(s.categories.map((c) => c.score)).toEqual([0.5, 0, 2 / 3]);
    expect(s.score).toBeCloseTo((1 + 2 / 3) / 5);
  });

  it('leaves a new draft beside an approved runbook of the category out of its score and gaps, but not a draft alone', () => {
    const draft = { status: RunbookStatus.DRAFT, approvedVersion: null };
    const runbooks = [runbook('r1', 'a', [RANSOMWARE]), runbook('r2', 'a', [RANSOMWARE, DDOS], draft)];
    const a = assess(org('a'), runbooks, templates);
    expect(a.categories.map((c) => [c.category, c.status, c.score, c.runbookIds])).toEqual([
      [RANSOMWARE, ReadinessStatus.READY, 1, ['r1', 'r2']],
      [DDOS, ReadinessStatus.GAPS, 1 / 3, ['r2']],
    ]);
    // Its gaps still count once, through DDoS, where it is the only plan.
    expect(a.gaps).toEqual([
      'Runbook r2: no approved version (still a draft)',
      'Runbook r2: no review date until a version is approved',
    ]);
    const onlyRansomware = assess(org('a'), [runbooks[0], runbook('r3', 'a', [RANSOMWARE], draft)], templates);
    expect(onlyRansomware.categories[0]).toMatchObject({ status: ReadinessStatus.READY, score: 1 });
    expect(onlyRansomware.gaps).toEqual(["No runbook for DDoS (ICS template 'DDoS response' not adopted)"]);
    const s = assessSystem([org('a')], [runbooks[0], runbook('r3', 'a', [RANSOMWARE], draft)], holders, templates, NOW);
    expect(s.cells[0]).toMatchObject({ status: ReadinessStatus.READY, score: 1, gapCount: 0, runbookCount: 2 });
    expect(s.organisations[0].gapCount).toBe(1);
  });

  it('narrows the matrix to one category', () => {
    const s = assessSystem([org('a')], [], holders, templates, NOW, DDOS);
    expect(s.cells).toEqual([
      {
        organisationId: 'a',
        category: DDOS,
        status: ReadinessStatus.NOT_COVERED,
        score: 0,
        gapCount: 1,
        runbookCount: 0,
      },
    ]);
  });
});
