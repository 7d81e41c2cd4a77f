import fc from 'fast-check';
import { OrganisationKind } from '@muster/identity';
import { INCIDENT_CATEGORIES, IncidentCategory, RunbookStatus } from '@muster/runbooks';
import { NO_DUTIES } from '../duty-bits/duty-set';
import { ReadinessStatus } from '../rules/readiness.enums';
import { OrganisationFacts, RunbookFacts } from '../rules/readiness.facts';
import { assessOrganisation, assessSystem } from '../rules/readiness.rollup';
import { appliesTo, CATEGORY_APPLICABILITY, categoriesForKind } from './category-applicability';

const NOW = new Date('2026-11-28T09:00:00Z');
const { LOCAL_AUTHORITY, SOC, ACUTE_TRUST, ICB } = OrganisationKind;
const { RANSOMWARE, DATA_BREACH, SUPPLIER_COMPROMISE, IT_OUTAGE, MASS_CASUALTY, DDOS } = IncidentCategory;

describe('category applicability', () => {
  it('gives every category at least one kind, and keeps councils and the SOC off the NHS clinical plans', () => {
    for (const c of INCIDENT_CATEGORIES) expect(CATEGORY_APPLICABILITY[c].length).toBeGreaterThan(0);
    expect(categoriesForKind(LOCAL_AUTHORITY)).toEqual([RANSOMWARE, DATA_BREACH, IncidentCategory.OTHER]);
    expect(categoriesForKind(SOC)).toEqual([
      RANSOMWARE,
      DDOS,
      IncidentCategory.ACCOUNT_COMPROMISE,
      IncidentCategory.BUSINESS_CONTINUITY,
      IncidentCategory.OTHER,
    ]);
    expect(categoriesForKind(ACUTE_TRUST)).toEqual(INCIDENT_CATEGORIES);
    expect(appliesTo(IT_OUTAGE, { kind: ICB, optIns: [] })).toBe(false);
    expect(appliesTo(SUPPLIER_COMPROMISE, { kind: LOCAL_AUTHORITY, optIns: [SUPPLIER_COMPROMISE] })).toBe(true);
    expect(appliesTo(MASS_CASUALTY, { kind: OrganisationKind.MENTAL_HEALTH_TRUST, optIns: [] })).toBe(false);
  });

  // The matrix tallies in one pass what the organisation view assesses category by category:
  // on generated kinds, opt-ins, runbooks and templates both must agree.
  const categoryArb = fc.constantFrom(RANSOMWARE, DATA_BREACH, SUPPLIER_COMPROMISE, IT_OUTAGE, DDOS);
  const orgArb = fc.record({
    kind: fc.constantFrom(...Object.values(OrganisationKind)),
    optIns: fc.uniqueArray(categoryArb, { maxLength: 3 }),
    runbooks: fc.array(
      fc.record({
        categories: fc.uniqueArray(categoryArb, { minLength: 1, maxLength: 3 }),
        overdue: fc.boolean(),
        draft: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
  });

  it('gives the same cells, scores and gap counts in the matrix as in each organisation view', () => {
    fc.assert(
      fc.property(
        fc.array(orgArb, { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(categoryArb, { maxLength: 3 }),
        (specs, templateCategories) => {
          const templates = templateCategories.map((c) => ({ id: c, title: `Template ${c}`, categories: [c] }));
          const organisations: OrganisationFacts[] = specs.map((s, i) => ({
            id: `o${i}`,
            name: `Org ${i}`,
            odsCode: `O${i}`,
            kind: s.kind,
            optIns: s.optIns,
            retiredCategories: [],
          }));
          const runbooks: RunbookFacts[] = specs.flatMap((s, i) =>
            s.runbooks.map((r, j) => ({
              id: `r${i}-${j}`,
              organisationId: `o${i}`,
              title: `Runbook ${j}`,
              categories: r.categories,
              status: r.draft ? RunbookStatus.DRAFT : RunbookStatus.APPROVED,
              approvedVersion: r.draft ? null : { number: 1, approvedAt: new Date('2026-06-01T00:00:00Z') },
              nextReviewAt: r.overdue ? new Date('2026-01-01T00:00:00Z') : new Date('2027-06-01T00:00:00Z'),
              stepCount: 3,
              requiredDuties: NO_DUTIES,
              template: null,
              exercises: null,
              ownerGone: false,
            })),
          );
          const matrix = assessSystem(organisations, runbooks, [], templates, NOW);
          for (const organisation of organisations) {
            const own = assessOrganisation({
              organisation,
              runbooks: runbooks.filter((r) => r.organisationId === organisation.id),
              holders: [],
              templates,
              now: NOW,
              words: true,
              categories: matrix.categories.map((c) => c.category),
            });
            const cells = matrix.cells.filter((c) => c.organisationId === organisation.id);
            expect(
              cells.map(({ category, status, score, gapCount }) => ({ category, status, score, gapCount })),
            ).toEqual(
              own.categories.map(({ category, status, score, gapCount }) => ({ category, status, score, gapCount })),
            );
            expect(matrix.organisations.find((o) => o.organisation.id === organisation.id)).toMatchObject({
              score: own.score,
              gapCount: own.gaps.length,
            });
            for (const c of cells)
              if (!appliesTo(c.category, organisation))
                expect(c).toMatchObject({ status: ReadinessStatus.NOT_APPLICABLE, score: null, gapCount: 0 });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
