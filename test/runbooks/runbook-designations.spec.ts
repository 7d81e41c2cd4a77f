import { expect } from '@jest/globals';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createUser, errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import { act, attempt, auditOf, createRunbookOrg, draftWithSteps, step, submitAndApprove } from './runbook-api';

type Org = Awaited<ReturnType<typeof createRunbookOrg>>;

const DESIGNATIONS = `query ($organisationId: ID!) { designations(organisationId: $organisationId) { designation words holders { userId displayName active } } }`;
const HOLDERS = `designation holders { userId displayName active }`;
const DESIGNATE = `mutation ($input: DesignationInput!) { designate(input: $input) { ${HOLDERS} } }`;
const CLEAR = `mutation ($input: DesignationInput!) { clearDesignation(input: $input) { ${HOLDERS} } }`;

interface Holders {
  designation: string;
  holders: { userId: string; active: boolean }[];
}

/**
 * An organisation designates named people for its statutory and command duties, and a
 * runbook step names either such a designation or a role within a function.
 */
describe('designations, and steps that name them', () => {
  let t: TestApp;
  let icb: Org;
  let trust: Org;
  let other: Org;
  let siro: TestUser;
  let cg: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createRunbookOrg(t, OrganisationKind.ICB);
    trust = await createRunbookOrg(t);
    other = await createRunbookOrg(t);
    siro = await createUser(t, [{ organisationId: trust.org.id, role: Role.RESPONDER }]);
    cg = await createUser(t, [{ organisationId: trust.org.id, role: Role.RESPONDER }]);
  });
  afterAll(() => t.close());

  const designations = async (organisationId: string, who: TestUser) =>
    (await t.gql.ok<{ designations: Holders[] }>(DESIGNATIONS, { organisationId }, { token: who.token })).designations;
  const designate = (input: Record<string, unknown>, who: TestUser) =>
    t.gql.request<{ designate: Holders }>(DESIGNATE, { input }, { token: who.token });
  const clear = (input: Record<string, unknown>, who: TestUser) =>
    t.gql.request<{ clearDesignation: Holders }>(CLEAR, { input }, { token: who.token });
  const designationEvents = async (organisationId: string) =>
    t.dataSource.query<{ action: string; summary: string }[]>(
      `SELECT action, summary FROM audit_event WHERE organisation_id = $1 AND action LIKE 'designation.%' ORDER BY id`,
      [organisationId],
    );

  it('lets the EPRR lead designate a SIRO, replaces a one-person designation, keeps an on-call rota, and audits each change', async () => {
    const first = await designate(
      { organisationId: trust.org.id, designation: 'SIRO', userId: trust.admin.id },
      trust.lead,
    );
    expect(first.data?.designate.holders.map((h) => h.userId)).toEqual([trust.admin.id]);
    const replaced = await designate(
      { organisationId: trust.org.id, designation: 'SIRO', userId: siro.id },
      trust.admin,
    );
    expect(replaced.data?.designate.holders.map((h) => h.userId)).toEqual([siro.id]);
    await designate(
      { organisationId: trust.org.id, designation: 'TACTICAL_ON_CALL', userId: trust.lead.id },
      trust.lead,
    );
    const rota = await designate(
      { organisationId: trust.org.id, designation: 'TACTICAL_ON_CALL', userId: trust.secondLead.id },
      trust.lead,
    );
    expect(rota.data?.designate.holders.map((h) => h.userId).sort()).toEqual(
      [trust.lead.id, trust.secondLead.id].sort(),
    );
    const all = await designations(trust.org.id, trust.viewer);
    expect(all.map((d) => d.designation)).toEqual([
      'ACCOUNTABLE_EMERGENCY_OFFICER',
      'SIRO',
      'CALDICOTT_GUARDIAN',
      'DATA_PROTECTION_OFFICER',
      'STRATEGIC_ON_CALL',
      'TACTICAL_ON_CALL',
      'OPERATIONAL_ON_CALL',
    ]);
    expect(all.find((d) => d.designation === 'SIRO')?.holders.map((h) => h.userId)).toEqual([siro.id]);
    const events = await designationEvents(trust.org.id);
    expect(events.map((e) => e.action)).toEqual([
      'designation.set',
      'designation.set',
      'designation.set',
      'designation.set',
    ]);
    expect(events[1].summary).toMatch(/designated SIRO at .* in place of /);
  });

  it('clears a designation, audited; clearing one not held is BAD_USER_INPUT naming userId', async () => {
    const res = await clear(
      { organisationId: trust.org.id, designation: 'TACTICAL_ON_CALL', userId: trust.secondLead.id },
      trust.lead,
    );
    expect(res.data?.clearDesignation.holders.map((h) => h.userId)).toEqual([trust.lead.id]);
    expect((await designationEvents(trust.org.id)).pop()?.action).toBe('designation.cleared');
    const again = await clear(
      { organisationId: trust.org.id, designation: 'TACTICAL_ON_CALL', userId: trust.secondLead.id },
      trust.lead,
    );
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions?.fields?.[0].field).toBe('userId');
  });

  it('refuses a non-member (BAD_USER_INPUT naming userId), a second designation of the same person (CONFLICT), and writes nothing', async () => {
    const before = (await designationEvents(trust.org.id)).length;
    const stranger = await designate(
      { organisationId: trust.org.id, designation: 'CALDICOTT_GUARDIAN', userId: other.lead.id },
      trust.lead,
    );
    expect(errorCode(stranger)).toBe('BAD_USER_INPUT');
    expect(stranger.errors?.[0].extensions?.fields).toEqual([
      { field: 'userId', message: expect.stringMatching(/is not a member of/) },
    ]);
    const twice = await designate({ organisationId: trust.org.id, designation: 'SIRO', userId: siro.id }, trust.lead);
    expect(errorCode(twice)).toBe('CONFLICT');
    expect((await designationEvents(trust.org.id)).length).toBe(before);
  });

  it('lets only the EPRR lead, the organisation admin or a system admin change them: FORBIDDEN to others who see them, NOT_FOUND to outsiders', async () => {
    const input = { organisationId: trust.org.id, designation: 'CALDICOTT_GUARDIAN', userId: cg.id };
    expect(errorCode(await designate(input, trust.igOfficer))).toBe('FORBIDDEN');
    expect(errorCode(await designate(input, other.lead))).toBe('NOT_FOUND');
    expect(errorCode(await designate(input, icb.lead))).toBe('FORBIDDEN');
    const outsider = await t.gql.request(DESIGNATIONS, { organisationId: trust.org.id }, { token: other.lead.token });
    expect(errorCode(outsider)).toBe('NOT_FOUND');
    // The ICB's EPRR lead assures the providers: reads their designations.
    expect((await designations(trust.org.id, icb.lead)).find((d) => d.designation === 'SIRO')?.holders).toHaveLength(1);
    const sysAdmin = await createUser(t, [{ organisationId: other.org.id, role: Role.SYSTEM_ADMIN }]);
    expect((await designate(input, sysAdmin)).data?.designate.holders.map((h) => h.userId)).toEqual([cg.id]);
  });

  it('lets a step name a designation instead of a role, published in the version, and refuses both or neither', async () => {
    const draft = await draftWithSteps(t, trust.org.id, trust.lead, [
      step('Isolate affected devices'),
      { title: 'Decide on notifying the ICO', designation: 'SIRO' } as never,
    ]);
    expect(draft.steps[1]).toMatchObject({ designation: 'SIRO', function: null, responsibleRole: null });
    const both = await attempt(
      t,
      'addRunbookStep',
      { runbookId: draft.id, ...step('Advise on patients', { designation: 'CALDICOTT_GUARDIAN' }) },
      trust.lead,
    );
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0].extensions?.fields?.[0].field).toBe('responsibleRole');
    const neither = await attempt(t, 'addRunbookStep', { runbookId: draft.id, title: 'Nobody does this' }, trust.lead);
    expect(neither.errors?.[0].extensions?.fields?.[0].field).toBe('designation');
    const halfRole = await attempt(t, 'updateRunbookStep', { stepId: draft.steps[1].id, function: 'EPRR' }, trust.lead);
    expect(halfRole.errors?.[0].extensions?.fields?.[0].field).toBe('responsibleRole');
    // Switching a step from a role to a designation clears the role, audited.
    const switched = await act(
      t,
      'updateRunbookStep',
      { stepId: draft.steps[0].id, designation: 'TACTICAL_ON_CALL' },
      trust.lead,
    );
    expect(switched.steps[0]).toMatchObject({ designation: 'TACTICAL_ON_CALL', function: null, responsibleRole: null });
    expect((await auditOf(t, draft.id)).pop()?.changes).toMatchObject({
      before: { function: 'EPRR', responsibleRole: 'EPRR_LEAD', designation: null },
      after: { function: null, responsibleRole: null, designation: 'TACTICAL_ON_CALL' },
    });
    const approved = await submitAndApprove(t, draft.id, trust.lead, trust.secondLead);
    const version = await t.gql.ok<{
      runbookVersion: { steps: { designation: string | null; responsibleRole: string | null }[] };
    }>(
      `query ($id: ID!) { runbookVersion(id: $id) { steps { designation responsibleRole } } }`,
      { id: approved.currentVersion?.id },
      { token: trust.lead.token },
    );
    expect(version.runbookVersion.steps).toEqual([
      { designation: 'TACTICAL_ON_CALL', responsibleRole: null },
      { designation: 'SIRO', responsibleRole: null },
    ]);
  });
});
