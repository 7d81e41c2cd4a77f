import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Client } from 'pg';
import { INCIDENT_CATEGORIES, IncidentCategory } from '@muster/runbooks';
import {
  matrixRunbookFactsStatement,
  MatrixRunbooksRow,
  RunbookFacts,
  RunbookFactsRow,
  runbookFactsStatement,
  SqlStatement,
  toMatrixRunbookFacts,
  toRunbookFacts,
} from '@muster/readiness/testing';
import { startTestApp, TestApp } from '@muster/testing';

// Role duties across both halves, and designations (the first and the last bit of their field).
const DUTIES: [string | null, string][] = [
  ['IG_OFFICER', 'INFORMATION_GOVERNANCE'],
  ['EPRR_LEAD', 'EPRR'],
  ['AUDITOR', 'EXECUTIVE_ON_CALL'],
  ['SYSTEM_ADMIN', 'CLINICAL'],
  [null, 'ACCOUNTABLE_EMERGENCY_OFFICER'],
  [null, 'OPERATIONAL_ON_CALL'],
  [null, 'SIRO'],
];
/** A step's assignee columns: [function, role, designation]. */
const assignee = ([role, x]: [string | null, string]) => (role ? [x, role, null] : [null, null, x]);

/** What the matrix reads of a runbook, in every combination the runbooks library can leave behind. */
const runbookArb = fc.record({
  // Unique, as the API's input validation keeps them.
  categories: fc.uniqueArray(fc.constantFrom(...INCIDENT_CATEGORIES), { minLength: 1, maxLength: 4 }),
  status: fc.constantFrom('DRAFT', 'IN_REVIEW', 'APPROVED', 'RETIRED'),
  version: fc.option(
    fc.record({
      number: fc.integer({ min: 1, max: 40 }),
      duties: fc.subarray(DUTIES),
      basedOn: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
    }),
    { nil: null },
  ),
  draftSteps: fc.subarray(DUTIES),
  // Whole milliseconds, as the runbooks library writes them.
  review: fc.option(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), { nil: null }),
  // The owner: none, an active member, inactive, or active but no longer a member.
  owner: fc.constantFrom(null, 'member', 'inactive', 'outsider'),
  template: fc.option(fc.record({ latest: fc.integer({ min: 1, max: 9 }), adopted: fc.integer({ min: 1, max: 9 }) }), {
    nil: null,
  }),
});

// Facts in an order of their own (neither statement orders its rows), compared field by field.
const keyOf = (f: RunbookFacts) =>
  JSON.stringify([
    f.organisationId,
    f.categories,
    f.status,
    f.approvedVersion,
    f.stepCount,
    f.requiredDuties,
    f.nextReviewAt,
    f.template,
    f.ownerGone,
  ]);
const sortFacts = (facts: RunbookFacts[]) => [...facts].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));

/**
 * The packed matrix (packed-matrix/: one text value per organisation) against the plain
 * rows it stands for (one row object per runbook, the statement
 * of the organisation view): on generated organisations and runbooks, for the whole ICS
 * and for each category, both must give the same runbook facts.
 */
describe('the packed matrix against the plain rows it packs', () => {
  let t: TestApp;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  // The generated ICS templates would otherwise stay live in this worker's database and
  // appear in the gaps of every later suite that reads readiness for their categories.
  const templates: string[] = [];
  afterAll(async () => {
    if (templates.length) await db?.query(`UPDATE runbook SET status = 'RETIRED' WHERE id = ANY($1)`, [templates]);
    await db?.end();
    await t?.close();
  });

  async function runbook(
    organisationId: string,
    r: typeof runbookArb extends fc.Arbitrary<infer T> ? T : never,
  ): Promise<void> {
    const id = randomUUID();
    let template: string | null = null;
    if (r.template) {
      template = randomUUID();
      templates.push(template);
      await db.query(
        `INSERT INTO runbook (id, organisation_id, title, categories, status, is_template, latest_version_number) VALUES ($1, $2, 'Template', $3, 'DRAFT', true, $4)`,
        [template, organisationId, r.categories, r.template.latest],
      );
    }
    let owner: string | null = null;
    if (r.owner) {
      owner = randomUUID();
      await db.query(`INSERT INTO app_user (id, email, display_name, active) VALUES ($1, $2, 'Owner', $3)`, [
        owner,
        `${owner}@generated.test`,
        r.owner !== 'inactive',
      ]);
      if (r.owner !== 'outsider')
        await db.query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'EPRR_LEAD')`, [
          owner,
          organisationId,
        ]);
    }
    await db.query(
      `INSERT INTO runbook (id, organisation_id, title, categories, status, template_runbook_id, adopted_template_version, next_review_at, submitted_at, owner_user_id)
       VALUES ($1, $2, 'Generated', $3, 'DRAFT', $4, $5, $6, now(), $7)`,
      [
        id,
        organisationId,
        r.categories,
        template,
        r.template ? Math.min(r.template.adopted, r.template.latest) : null,
        r.review === null ? null : new Date(r.review),
        owner,
      ],
    );
    for (const [i, d] of r.draftSteps.entries()) {
      await db.query(
        `INSERT INTO runbook_step (runbook_id, position, title, function, responsible_role, designation) VALUES ($1, $2, 'A step', $3, $4, $5)`,
        [id, i + 1, ...assignee(d)],
      );
    }
    if (r.version) {
      const steps = r.version.duties.map((d, i) => {
        const [fn, role, designation] = assignee(d);
        return { position: i + 1, title: 'A step', function: fn, responsibleRole: role, designation };
      });
      const [{ id: versionId }] = (
        await db.query<{ id: string }>(
          `INSERT INTO runbook_version (runbook_id, organisation_id, version_number, title, categories, steps, step_count, review_interval_months, approved_at, based_on_template_version)
         VALUES ($1, $2, $3, 'Generated', $4, $5::jsonb, $6, 12, now(), $7) RETURNING id`,
          [id, organisationId, r.version.number, r.categories, JSON.stringify(steps), steps.length, r.version.basedOn],
        )
      ).rows;
      await db.query(`UPDATE runbook SET current_version_id = $2 WHERE id = $1`, [id, versionId]);
    }
    await db.query(`UPDATE runbook SET status = $2 WHERE id = $1`, [
      id,
      r.status === 'APPROVED' && !r.version ? 'IN_REVIEW' : r.status,
    ]);
  }

  const run = async <T>({ sql, params }: SqlStatement): Promise<T[]> => (await db.query(sql, params)).rows as T[];

  it('gives the facts of the plain rows, for the whole ICS and for one category', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(runbookArb, { maxLength: 5 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...INCIDENT_CATEGORIES),
        async (orgs, category: IncidentCategory) => {
          const ids: string[] = [];
          for (const runbooks of orgs) {
            const id = randomUUID();
            ids.push(id);
            await db.query(
              `INSERT INTO organisation (id, ods_code, name, kind) VALUES ($1, $2, 'Generated trust', 'ACUTE_TRUST')`,
              [id, `G${id.slice(0, 8).toUpperCase()}`],
            );
            for (const r of runbooks) await runbook(id, r);
          }
          const ours = (facts: RunbookFacts[]) => sortFacts(facts.filter((f) => ids.includes(f.organisationId)));
          for (const scope of [{}, { category }]) {
            const packed = toMatrixRunbookFacts(await run<MatrixRunbooksRow>(matrixRunbookFactsStatement(scope)));
            const rows = (await run<RunbookFactsRow>(runbookFactsStatement(scope, { labels: false }))).map(
              toRunbookFacts,
            );
            expect(ours(packed)).toEqual(ours(rows));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
