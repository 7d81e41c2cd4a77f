import { Role } from '@muster/platform-access';
import { UnitOfWork } from '@muster/platform-database';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createOrganisation, createUser, GraphqlResponse, TestApp, TestUser } from '@muster/testing';

/**
 * The one runbook fixture module: GraphQL operations, views of their answers and
 * factories, for every suite that needs runbooks (runbooks, readiness, security, seed).
 * Runbooks are made through the API like an EPRR lead would (four-eyes approval, template
 * adoption); only the statement-count suites write many at once, with set-based SQL
 * through the unit of work (at the end of this file).
 */
export const RUNBOOK_FIELDS = `
  id organisationId title description categories status isTemplate templateRunbookId latestVersionNumber
  reviewIntervalMonths nextReviewAt dueForReview submittedAt version
  owner { id displayName } submittedBy { id }
  steps { id position title function responsibleRole designation instructions targetMinutes clockAnchor mandatory dependsOn templateStepId }
  currentVersion { id versionNumber }
  templateStatus { templateId templateTitle adoptedVersion latestVersion behind }
  retiredAt retiredBy { id } retirementReason lastReviewedAt lastReviewedBy { id }
`;

export interface StepView {
  id: string;
  position: number;
  title: string;
  function: string;
  responsibleRole: string;
  dependsOn: string[];
  templateStepId: string | null;
}

export interface RunbookView {
  id: string;
  organisationId: string;
  title: string;
  categories: string[];
  status: string;
  isTemplate: boolean;
  latestVersionNumber: number;
  reviewIntervalMonths: number;
  nextReviewAt: string | null;
  dueForReview: boolean;
  version: number;
  owner: { id: string; displayName: string } | null;
  submittedBy: { id: string } | null;
  steps: StepView[];
  currentVersion: { id: string; versionNumber: number } | null;
  templateStatus: { templateId: string; adoptedVersion: number; latestVersion: number; behind: boolean } | null;
  retiredAt: string | null;
  retiredBy: { id: string } | null;
  retirementReason: string | null;
  lastReviewedAt: string | null;
  lastReviewedBy: { id: string } | null;
}

const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { ${RUNBOOK_FIELDS} } }`;

export const OPS = {
  createRunbook: mutation('createRunbook', 'CreateRunbookInput'),
  updateRunbookDraft: mutation('updateRunbookDraft', 'UpdateRunbookDraftInput'),
  addRunbookStep: mutation('addRunbookStep', 'AddRunbookStepInput'),
  updateRunbookStep: mutation('updateRunbookStep', 'UpdateRunbookStepInput'),
  reorderRunbookSteps: mutation('reorderRunbookSteps', 'ReorderRunbookStepsInput'),
  removeRunbookStep: mutation('removeRunbookStep', 'RemoveRunbookStepInput'),
  submitRunbookForReview: mutation('submitRunbookForReview', 'RunbookRefInput'),
  returnRunbookToDraft: mutation('returnRunbookToDraft', 'ReturnRunbookToDraftInput'),
  approveRunbook: mutation('approveRunbook', 'RunbookRefInput'),
  reviseRunbook: mutation('reviseRunbook', 'RunbookRefInput'),
  retireRunbook: mutation('retireRunbook', 'RetireRunbookInput'),
  markRunbookReviewed: mutation('markRunbookReviewed', 'MarkRunbookReviewedInput'),
  setRunbookOwner: mutation('setRunbookOwner', 'SetRunbookOwnerInput'),
  adoptTemplate: mutation('adoptTemplate', 'AdoptTemplateInput'),
  updateRunbookFromTemplate: mutation('updateRunbookFromTemplate', 'UpdateRunbookFromTemplateInput'),
  runbook: `query ($id: ID!) { runbook(id: $id) { ${RUNBOOK_FIELDS} versions { id versionNumber approvedAt approvedBy { id } } } }`,
  runbookVersion: `query ($id: ID!) { runbookVersion(id: $id) {
    id runbookId versionNumber title categories approvedAt basedOnTemplateVersion reviewIntervalMonths
    approvedBy { id } submittedBy { id } steps { id position title responsibleRole designation dependsOn }
  } }`,
};

export type Ops = keyof typeof OPS;

/** Runs a runbook mutation and returns the runbook it answers with. */
export async function act(t: TestApp, op: Ops, input: Record<string, unknown>, who: TestUser): Promise<RunbookView> {
  const data = await t.gql.ok<Record<string, RunbookView>>(OPS[op], { input }, { token: who.token });
  return data[op];
}

export function attempt(
  t: TestApp,
  op: Ops,
  input: Record<string, unknown>,
  who: TestUser,
): Promise<GraphqlResponse<Record<string, RunbookView>>> {
  return t.gql.request<Record<string, RunbookView>>(OPS[op], { input }, { token: who.token });
}

export async function getRunbook(t: TestApp, id: string, who: TestUser): Promise<RunbookView> {
  return (await t.gql.ok<{ runbook: RunbookView }>(OPS.runbook, { id }, { token: who.token })).runbook;
}

/** An organisation with the two EPRR leads four-eyes approval needs (in no team), and nobody else holding a role. */
export async function organisationWithLeads(t: TestApp, overrides: Parameters<typeof createOrganisation>[1] = {}) {
  const org = await createOrganisation(t, overrides);
  // One after another: logins share a throttle per client address.
  const author = await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]);
  const approver = await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]);
  return { org, author, approver };
}

export type LeadsOrg = Awaited<ReturnType<typeof organisationWithLeads>>;

/** An organisation with two EPRR leads (for four eyes), an admin, an IG officer and a viewer. */
export async function createRunbookOrg(t: TestApp, kind: OrganisationKind = OrganisationKind.ACUTE_TRUST) {
  const { org, author: lead, approver: secondLead } = await organisationWithLeads(t, { kind });
  const as = (role: Role) => createUser(t, [{ organisationId: org.id, role }]);
  const admin = await as(Role.ORG_ADMIN);
  const igOfficer = await as(Role.IG_OFFICER);
  const viewer = await as(Role.VIEWER);
  return { org, lead, secondLead, admin, igOfficer, viewer };
}

export interface StepInput {
  title: string;
  function: TeamFunction;
  responsibleRole: Role;
  [field: string]: unknown;
}

/** A step for the EPRR lead unless `extra` names another function and role (or fields a test means to be wrong). */
export const step = (title: string, extra: Record<string, unknown> = {}): StepInput => ({
  title,
  function: TeamFunction.EPRR,
  responsibleRole: Role.EPRR_LEAD,
  targetMinutes: 60,
  ...extra,
});

/** A draft created by `who`, with `steps` steps ('Step number 1', …) or exactly the steps given. */
export async function draftWithSteps(
  t: TestApp,
  organisationId: string,
  who: TestUser,
  steps: number | StepInput[] = 2,
  extra: Record<string, unknown> = {},
): Promise<RunbookView> {
  const inputs =
    typeof steps === 'number' ? Array.from({ length: steps }, (_, i) => step(`Step number ${i + 1}`)) : steps;
  let runbook = await act(
    t,
    'createRunbook',
    { organisationId, title: 'Ransomware response', categories: ['RANSOMWARE'], ...extra },
    who,
  );
  for (const input of inputs) runbook = await act(t, 'addRunbookStep', { runbookId: runbook.id, ...input }, who);
  return runbook;
}

/** Submitted by `author`, approved by `approver` (another EPRR lead): a new approved version. */
export async function submitAndApprove(
  t: TestApp,
  runbookId: string,
  author: TestUser,
  approver: TestUser,
): Promise<RunbookView> {
  await act(t, 'submitRunbookForReview', { id: runbookId }, author);
  return act(t, 'approveRunbook', { id: runbookId }, approver);
}

/** Draft → submitted by `author` → approved by `approver`. */
export async function approvedRunbook(
  t: TestApp,
  organisationId: string,
  author: TestUser,
  approver: TestUser,
  extra: Record<string, unknown> = {},
  steps: number | StepInput[] = 2,
): Promise<RunbookView> {
  const draft = await draftWithSteps(t, organisationId, author, steps, extra);
  return submitAndApprove(t, draft.id, author, approver);
}

/** Audit events of one runbook, oldest first. */
export async function auditOf(
  t: TestApp,
  runbookId: string,
): Promise<{ action: string; summary: string; changes: Record<string, unknown> }[]> {
  return t.dataSource.query(
    `SELECT action, summary, changes FROM audit_event WHERE entity_type = 'runbook' AND entity_id = $1 ORDER BY id`,
    [runbookId],
  );
}

/**
 * `count` runbooks of `stepsEach` steps for each organisation, written set-based (working
 * copy, version, then the link), with one audit event for the batch: every fifth stays a
 * draft (no version), the others are approved.
 */
export async function bulkRunbooks(
  t: TestApp,
  organisationIds: string[],
  count: number,
  stepsEach: number,
): Promise<void> {
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
