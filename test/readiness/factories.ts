import { Role } from '@muster/platform-access';
import { UnitOfWork } from '@muster/platform-database';
import { TeamFunction } from '@muster/identity';
import { createOrganisation, createUser, TestApp, TestOrg, TestUser } from '@muster/testing';

/**
 * Runbooks for the readiness suites, made through the runbooks GraphQL API (four-eyes
 * approval, template adoption) like an EPRR lead would; and, for the statement-count
 * suite only, many runbooks at once with set-based SQL through the unit of work.
 */

export interface StepInput {
  title: string;
  function: TeamFunction;
  responsibleRole: Role;
}

interface RunbookRef {
  id: string;
  version: number;
  currentVersion: { versionNumber: number } | null;
}

const RUNBOOK = 'id version currentVersion { versionNumber }';
const mutation = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { ${RUNBOOK} } }`;

const OPS = {
  createRunbook: mutation('createRunbook', 'CreateRunbookInput'),
  addRunbookStep: mutation('addRunbookStep', 'AddRunbookStepInput'),
  submitRunbookForReview: mutation('submitRunbookForReview', 'RunbookRefInput'),
  approveRunbook: mutation('approveRunbook', 'RunbookRefInput'),
  reviseRunbook: mutation('reviseRunbook', 'RunbookRefInput'),
  adoptTemplate: mutation('adoptTemplate', 'AdoptTemplateInput'),
  updateRunbookFromTemplate: mutation('updateRunbookFromTemplate', 'UpdateRunbookFromTemplateInput'),
};

export async function act(t: TestApp, op: keyof typeof OPS, input: Record<string, unknown>, who: TestUser): Promise<RunbookRef> {
  const data = await t.gql.ok<Record<string, RunbookRef>>(OPS[op], { input }, { token: who.token });
  return data[op];
}

/** An organisation with the two EPRR leads four-eyes approval needs (in no team). */
export async function organisationWithLeads(t: TestApp, overrides: Parameters<typeof createOrganisation>[1] = {}) {
  const org = await createOrganisation(t, overrides);
  // One after another: logins share a throttle per client address.
  const author = await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]);
  const approver = await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]);
  return { org, author, approver };
}

export type LeadsOrg = Awaited<ReturnType<typeof organisationWithLeads>>;

/** A DRAFT runbook with `steps`. */
export async function draftRunbook(
  t: TestApp,
  o: { org: TestOrg; author: TestUser },
  fields: { title: string; categories: string[]; isTemplate?: boolean },
  steps: StepInput[],
): Promise<RunbookRef> {
  let runbook = await act(t, 'createRunbook', { organisationId: o.org.id, ...fields }, o.author);
  for (const step of steps) runbook = await act(t, 'addRunbookStep', { runbookId: runbook.id, ...step }, o.author);
  return runbook;
}

/** Submitted by the author, approved by the other lead: a new approved version. */
export async function approve(t: TestApp, o: { author: TestUser; approver: TestUser }, runbookId: string): Promise<RunbookRef> {
  await act(t, 'submitRunbookForReview', { id: runbookId }, o.author);
  return act(t, 'approveRunbook', { id: runbookId }, o.approver);
}

export async function approvedRunbook(
  t: TestApp,
  o: LeadsOrg,
  fields: { title: string; categories: string[]; isTemplate?: boolean },
  steps: StepInput[],
): Promise<RunbookRef> {
  const draft = await draftRunbook(t, o, fields, steps);
  return approve(t, o, draft.id);
}

export const step = (title: string, fn: TeamFunction, responsibleRole: Role): StepInput => ({ title, function: fn, responsibleRole });

/**
 * `count` runbooks of `stepsEach` steps for each organisation, written set-based (working
 * copy, version, then the link), with one audit event for the batch: every fifth stays a
 * draft (no version), the others are approved.
 */
export async function bulkRunbooks(t: TestApp, organisationIds: string[], count: number, stepsEach: number): Promise<void> {
  await t.app.get(UnitOfWork).run(async (tx) => {
    const created: { id: string }[] = await tx.manager.query(
      `INSERT INTO runbook (organisation_id, title, categories, status, latest_version_number, next_review_at)
       SELECT o, 'Bulk runbook ' || n, ARRAY[(ARRAY['RANSOMWARE','DATA_BREACH','DDOS','IT_OUTAGE'])[1 + n % 4]], 'DRAFT', 1,
              $3::timestamptz + (n % 3 - 1) * interval '200 days'
       FROM unnest($1::uuid[]) o, generate_series(1, $2::int) n
       RETURNING id`,
      [organisationIds, count, tx.now],
    );
    const ids = created.map((r) => r.id);
    const approved = ids.filter((_, i) => i % 5 !== 4);
    await tx.manager.query(
      `INSERT INTO runbook_step (runbook_id, position, title, function, responsible_role)
       SELECT r, s, 'Bulk step ' || s, (ARRAY['INFORMATION_GOVERNANCE','EPRR','DIGITAL','CYBER_SOC'])[1 + s % 4],
              (ARRAY['IG_OFFICER','EPRR_LEAD','RESPONDER'])[1 + s % 3]
       FROM unnest($1::uuid[]) r, generate_series(1, $2::int) s`,
      [ids, stepsEach],
    );
    await tx.manager.query(
      `INSERT INTO runbook_version (runbook_id, organisation_id, version_number, title, categories, steps, step_count,
                                    required_roles, review_interval_months, approved_at)
       SELECT r.id, r.organisation_id, 1, r.title, r.categories,
              jsonb_agg(jsonb_build_object('id', s.id, 'position', s.position, 'title', s.title, 'function', s.function,
                'responsibleRole', s.responsible_role) ORDER BY s.position),
              count(*), array_agg(DISTINCT s.responsible_role), 12, $2
       FROM runbook r JOIN runbook_step s ON s.runbook_id = r.id
       WHERE r.id = ANY ($1::uuid[]) GROUP BY r.id`,
      [approved, tx.now],
    );
    await tx.manager.query(
      `UPDATE runbook r SET status = 'APPROVED', current_version_id = v.id FROM runbook_version v
       WHERE v.runbook_id = r.id AND r.id = ANY ($1::uuid[])`,
      [approved],
    );
    tx.record({
      action: 'runbook.bulk_fixture',
      organisationId: null,
      entityType: 'runbook',
      entityId: ids[0] ?? 'none',
      summary: `Test fixture created ${ids.length} runbooks, ${approved.length} of them approved`,
    });
  });
}

/** `count` organisations, each with an active IG officer, responder and EPRR lead (no team), set-based. */
export async function bulkOrganisations(t: TestApp, count: number): Promise<string[]> {
  return t.app.get(UnitOfWork).run(async (tx) => {
    const rows: { id: string }[] = await tx.manager.query(
      `INSERT INTO organisation (ods_code, name, kind)
       SELECT 'B' || upper(substr(md5(random()::text), 1, 8)), 'Bulk organisation ' || n, 'ACUTE_TRUST'
       FROM generate_series(1, $1::int) n
       RETURNING id`,
      [count],
    );
    const ids = rows.map((r) => r.id);
    await tx.manager.query(
      `WITH planned AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, o AS organisation_id, role
         FROM unnest($1::uuid[]) o, unnest(ARRAY['IG_OFFICER', 'RESPONDER', 'EPRR_LEAD']) role
       ), people AS (
         INSERT INTO app_user (id, email, display_name)
         SELECT id, 'bulk-' || id || '@example.nhs.uk', 'Bulk person' FROM planned
       )
       INSERT INTO membership (user_id, organisation_id, role) SELECT id, organisation_id, role FROM planned`,
      [ids],
    );
    tx.record({
      action: 'organisation.bulk_fixture',
      organisationId: null,
      entityType: 'organisation',
      entityId: ids[0] ?? 'none',
      summary: `Test fixture created ${ids.length} organisations with their people`,
    });
    return ids;
  });
}
