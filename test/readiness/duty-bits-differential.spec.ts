import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Client } from 'pg';
import { Role } from '@muster/platform-access';
import { Designation, TeamFunction } from '@muster/identity';
import {
  assessOrganisation,
  assessSystem,
  HolderFacts,
  holdersStatement,
  RunbookFactsRow,
  runbookFactsStatement,
  toRunbookFacts,
} from '@muster/readiness/testing';
import { startTestApp, TestApp } from '@muster/testing';

const ROLES = Object.values(Role);
const FUNCTIONS = Object.values(TeamFunction);
const DESIGNATIONS = Object.values(Designation);
/** What a step needs: a role within a function, or a designation. */
type StepDuty = { role: Role; function: TeamFunction } | { designation: Designation };
const duty: fc.Arbitrary<StepDuty> = fc.oneof(
  fc.record({ role: fc.constantFrom(...ROLES), function: fc.constantFrom(...FUNCTIONS) }),
  fc.record({ designation: fc.constantFrom(...DESIGNATIONS) }),
);
const assignee = (d: StepDuty) =>
  'designation' in d
    ? { function: null, role: null, designation: d.designation }
    : { function: d.function, role: d.role, designation: null };
// Step titles as people write them: the version keeps them in jsonb, which the plain way unpacks.
const title = fc
  .string({ unit: 'grapheme', minLength: 3, maxLength: 20 })
  .filter((s) => s.trim().length >= 3 && !s.includes('\u0000'));
const steps = fc.array(fc.record({ duty, title }), { maxLength: 8 });

/** A runbook's life in the ways that change what readiness must read: drafts, approvals, edits after approval. */
const runbookArb = fc.record({
  working: steps,
  approved: fc.option(steps, { nil: null }),
  status: fc.constantFrom('DRAFT', 'IN_REVIEW', 'APPROVED', 'RETIRED'),
  edits: fc.array(fc.record({ kind: fc.constantFrom('update', 'delete', 'insert'), at: fc.nat(), duty }), {
    maxLength: 4,
  }),
});
const holderArb = fc.oneof(
  fc.record({ role: fc.constantFrom(...ROLES), function: fc.option(fc.constantFrom(...FUNCTIONS), { nil: null }) }),
  // A designated member (a viewer, say), active or not.
  fc.record({ designation: fc.constantFrom(...DESIGNATIONS), active: fc.boolean() }),
);
type HolderSpec = { role: Role; function: TeamFunction | null } | { designation: Designation; active: boolean };

/**
 * The duty bits the database keeps (migrations 1764316800600, 1764316800700 and
 * 1764316801230) against the plain way they summarise — the distinct role:function (or
 * designation) of the steps in force, read
 * from the steps themselves: on generated runbooks (drafts, approved versions, working
 * copies edited after approval, steps inserted, changed and deleted one statement at a
 * time) both must give the same facts, and so the same matrix and organisation view.
 */
type IdRow = { id: string };

describe('the duty bits against the steps they summarise', () => {
  let t: TestApp;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  async function organisation(holders: HolderSpec[]): Promise<string> {
    const id = randomUUID();
    await db.query(
      `INSERT INTO organisation (id, ods_code, name, kind) VALUES ($1, $2, 'Différential NHS Trust 🚑', 'ACUTE_TRUST')`,
      [id, `D${id.slice(0, 8).toUpperCase()}`],
    );
    for (const h of holders) {
      const active = 'active' in h ? h.active : true;
      const [{ id: userId }] = (
        await db.query<IdRow>(
          `INSERT INTO app_user (email, display_name, active) VALUES ($1, 'Holder', $2) RETURNING id`,
          [`${randomUUID()}@d.nhs.uk`, active],
        )
      ).rows;
      if ('designation' in h) {
        await db.query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'VIEWER')`, [
          userId,
          id,
        ]);
        await db.query(
          `INSERT INTO designation (organisation_id, designation, user_id, designated_at) VALUES ($1, $2, $3, now())
                        ON CONFLICT DO NOTHING`,
          [id, h.designation, userId],
        );
        continue;
      }
      const team = h.function
        ? (
            await db.query<IdRow>(
              `INSERT INTO team (organisation_id, name, function) VALUES ($1, $2, $3) RETURNING id`,
              [id, `${h.function} ${randomUUID()}`, h.function],
            )
          ).rows[0].id
        : null;
      await db.query(`INSERT INTO membership (user_id, organisation_id, team_id, role) VALUES ($1, $2, $3, $4)`, [
        userId,
        id,
        team,
        h.role,
      ]);
    }
    return id;
  }

  async function runbook(organisationId: string, r: RunbookSpec): Promise<void> {
    const id = randomUUID();
    await db.query(
      `INSERT INTO runbook (id, organisation_id, title, categories, status, submitted_at) VALUES ($1, $2, 'Generated', ARRAY['RANSOMWARE'], 'DRAFT', now())`,
      [id, organisationId],
    );
    let position = 0;
    for (const s of r.working) await insertStep(id, ++position, s.duty, s.title);
    if (r.approved) {
      const json = r.approved.map((s, i) => {
        const a = assignee(s.duty);
        return {
          position: i + 1,
          title: s.title,
          function: a.function,
          responsibleRole: a.role,
          designation: a.designation,
        };
      });
      const [{ id: versionId }] = (
        await db.query<IdRow>(
          `INSERT INTO runbook_version (runbook_id, organisation_id, version_number, title, categories, steps, step_count, review_interval_months, approved_at)
         VALUES ($1, $2, 1, 'Generated', ARRAY['RANSOMWARE'], $3::jsonb, $4, 12, now()) RETURNING id`,
          [id, organisationId, JSON.stringify(json), json.length],
        )
      ).rows;
      await db.query(`UPDATE runbook SET current_version_id = $2, latest_version_number = 1 WHERE id = $1`, [
        id,
        versionId,
      ]);
    }
    await db.query(`UPDATE runbook SET status = $2 WHERE id = $1`, [
      id,
      r.approved === null && r.status === 'APPROVED' ? 'DRAFT' : r.status,
    ]);
    for (const edit of r.edits) {
      const { rows } = await db.query<IdRow>(`SELECT id FROM runbook_step WHERE runbook_id = $1 ORDER BY position`, [
        id,
      ]);
      const target = rows.length ? rows[edit.at % rows.length].id : null;
      if (edit.kind === 'insert' || !target) await insertStep(id, ++position, edit.duty, 'Added later');
      else if (edit.kind === 'update') {
        const a = assignee(edit.duty);
        await db.query(`UPDATE runbook_step SET responsible_role = $2, function = $3, designation = $4 WHERE id = $1`, [
          target,
          a.role,
          a.function,
          a.designation,
        ]);
      } else await db.query(`DELETE FROM runbook_step WHERE id = $1`, [target]);
    }
  }

  async function insertStep(runbookId: string, position: number, d: StepDuty, stepTitle: string): Promise<void> {
    const a = assignee(d);
    await db.query(
      `INSERT INTO runbook_step (runbook_id, position, title, function, responsible_role, designation) VALUES ($1, $2, $3, $4, $5, $6)`,
      [runbookId, position, stepTitle, a.function, a.role, a.designation],
    );
  }

  async function facts(organisationId: string, duties: 'bits' | 'steps') {
    const rows = await db.query<RunbookFactsRow>(runbookFactsStatement({ organisationId }, { duties }).sql, [
      organisationId,
    ]);
    return rows.rows.map(toRunbookFacts).sort((a, b) => a.id.localeCompare(b.id));
  }

  it('reads the same duties and step counts both ways, so the matrix and the organisation view agree', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(runbookArb, { minLength: 1, maxLength: 5 }),
        fc.array(holderArb, { maxLength: 6 }),
        async (runbooks, holders) => {
          const organisationId = await organisation(holders);
          for (const r of runbooks) await runbook(organisationId, r);
          const [fromBits, fromSteps] = [await facts(organisationId, 'bits'), await facts(organisationId, 'steps')];
          expect(fromBits).toEqual(fromSteps);

          const held = (await db.query<HolderFacts>(holdersStatement(organisationId).sql, [organisationId])).rows;
          const now = new Date();
          const org = {
            id: organisationId,
            name: 'Différential NHS Trust 🚑',
            odsCode: 'D',
            kind: 'ACUTE_TRUST',
            optIns: [],
            retiredCategories: [],
          } as Parameters<typeof assessSystem>[0][number];
          expect(assessSystem([org], fromBits, held, [], now)).toEqual(assessSystem([org], fromSteps, held, [], now));
          const view = (runbookFacts: typeof fromBits) =>
            assessOrganisation({
              organisation: org,
              runbooks: runbookFacts,
              holders: held,
              templates: [],
              now,
              words: true,
            });
          expect(view(fromBits)).toEqual(view(fromSteps));
        },
      ),
      { numRuns: 40 },
    );
  });
});

type RunbookSpec = {
  working: { duty: StepDuty; title: string }[];
  approved: { duty: StepDuty; title: string }[] | null;
  status: string;
  edits: { kind: string; at: number; duty: StepDuty }[];
};
