import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createOrganisation, createUser, GraphqlResponse, TestApp, TestUser } from '@muster/testing';

/** GraphQL operations and small factories shared by the runbook suites. */
export const RUNBOOK_FIELDS = `
  id organisationId title description categories status isTemplate templateRunbookId latestVersionNumber
  reviewIntervalMonths nextReviewAt dueForReview submittedAt version
  owner { id displayName } submittedBy { id }
  steps { id position title function responsibleRole instructions targetMinutes mandatory dependsOn templateStepId }
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
    approvedBy { id } submittedBy { id } steps { id position title responsibleRole dependsOn }
  } }`,
};

export type Ops = keyof typeof OPS;

/** Runs a runbook mutation and returns the runbook it answers with. */
export async function act(t: TestApp, op: Ops, input: Record<string, unknown>, who: TestUser): Promise<RunbookView> {
  const data = await t.gql.ok<Record<string, RunbookView>>(OPS[op], { input }, { token: who.token });
  return data[op];
}

export function attempt(t: TestApp, op: Ops, input: Record<string, unknown>, who: TestUser): Promise<GraphqlResponse<Record<string, RunbookView>>> {
  return t.gql.request<Record<string, RunbookView>>(OPS[op], { input }, { token: who.token });
}

export async function getRunbook(t: TestApp, id: string, who: TestUser): Promise<RunbookView> {
  return (await t.gql.ok<{ runbook: RunbookView }>(OPS.runbook, { id }, { token: who.token })).runbook;
}

/** An organisation with two EPRR leads (for four eyes), an admin, an IG officer and a viewer. */
export async function createRunbookOrg(t: TestApp, kind: OrganisationKind = OrganisationKind.ACUTE_TRUST) {
  const org = await createOrganisation(t, { kind });
  const as = (role: Role) => createUser(t, [{ organisationId: org.id, role }]);
  // One after another: logins are throttled per client address.
  const lead = await as(Role.EPRR_LEAD);
  const secondLead = await as(Role.EPRR_LEAD);
  const admin = await as(Role.ORG_ADMIN);
  const igOfficer = await as(Role.IG_OFFICER);
  const viewer = await as(Role.VIEWER);
  return { org, lead, secondLead, admin, igOfficer, viewer };
}

export const step = (title: string, extra: Record<string, unknown> = {}) => ({
  title, function: TeamFunction.EPRR, responsibleRole: Role.EPRR_LEAD, targetMinutes: 60, ...extra,
});

/** A draft with `steps` steps, created by `who`. */
export async function draftWithSteps(t: TestApp, organisationId: string, who: TestUser, steps = 2, extra: Record<string, unknown> = {}): Promise<RunbookView> {
  let runbook = await act(t, 'createRunbook', { organisationId, title: 'Ransomware response', categories: ['RANSOMWARE'], ...extra }, who);
  for (let i = 1; i <= steps; i++) {
    runbook = await act(t, 'addRunbookStep', { runbookId: runbook.id, ...step(`Step number ${i}`) }, who);
  }
  return runbook;
}

/** Draft → submitted by `author` → approved by `approver`. */
export async function approvedRunbook(t: TestApp, organisationId: string, author: TestUser, approver: TestUser, extra: Record<string, unknown> = {}): Promise<RunbookView> {
  const draft = await draftWithSteps(t, organisationId, author, 2, extra);
  await act(t, 'submitRunbookForReview', { id: draft.id }, author);
  return act(t, 'approveRunbook', { id: draft.id }, approver);
}

/** Audit events of one runbook, oldest first. */
export async function auditOf(t: TestApp, runbookId: string): Promise<{ action: string; summary: string; changes: Record<string, unknown> }[]> {
  return t.dataSource.query(
    `SELECT action, summary, changes FROM audit_event WHERE entity_type = 'runbook' AND entity_id = $1 ORDER BY id`,
    [runbookId],
  );
}
