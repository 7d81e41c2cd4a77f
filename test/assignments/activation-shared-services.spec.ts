import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createOrganisation, createTeam, createUser, startTestApp, TestApp } from '@muster/testing';
import { step } from '../runbooks/runbook-api';
import { AssignmentView, list } from './assignment-api';
import {
  activate,
  ActivationView,
  approvedStepsRunbook,
  createIncidentAssignmentWorld,
  declaredWithPartner,
  IncidentAssignmentWorld,
} from './incident-world';

const RECORD = `mutation ($input: RecordSharedServiceInput!) { recordSharedService(input: $input) { providerName } }`;

/**
 * Where another organisation delivers a function for the organisation a runbook is activated
 * for (the ICS SOC running Cyber/SOC for a trust), the provider owns that step's assignment,
 * with its team for the function; the provider's people see and work it, the other steps
 * stay with the organisation.
 */
describe('activating a runbook for an organisation with a shared service', () => {
  let t: TestApp;
  let w: IncidentAssignmentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentAssignmentWorld(t);
  });
  afterAll(() => t.close());

  it("gives the delivered function's steps to the provider and its team", async () => {
    const soc = await createOrganisation(t, { kind: OrganisationKind.SOC, name: 'ICS Security Operations Centre' });
    const socTeam = await createTeam(t, soc.id, TeamFunction.CYBER_SOC, 'Security Operations Centre');
    const analyst = await createUser(t, [{ organisationId: soc.id, role: Role.RESPONDER, teamId: socTeam.id }]);
    const admin = await createUser(t, [{ organisationId: soc.id, role: Role.SYSTEM_ADMIN }]);
    await t.gql.ok(
      RECORD,
      { input: { clientOrganisationId: w.trust.id, function: 'CYBER_SOC', providerOrganisationId: soc.id } },
      { token: admin.token },
    );
    const incident = await declaredWithPartner(t, w);
    const rb = await approvedStepsRunbook(t, w, [
      step('Contain the intrusion', { function: 'CYBER_SOC', responsibleRole: 'RESPONDER', targetMinutes: 15 }),
      step('Isolate the affected systems', { function: 'DIGITAL', responsibleRole: 'RESPONDER', targetMinutes: 30 }),
    ]);
    const res = await activate(
      t,
      { incidentId: incident.id, runbookId: rb.id, organisationIds: [w.trust.id] },
      w.commander,
    );
    expect(res.errors).toBeUndefined();
    const [activation] = res.data?.activateRunbook as ActivationView[];
    const all = await list(t, w.commander, { filter: { incidentId: incident.id }, orderBy: 'CREATED_OLDEST_FIRST' });
    const [contain, isolate] = activation.assignmentIds.map((id) => all.find((a) => a.id === id) as AssignmentView);
    expect(contain).toMatchObject({ organisation: { id: soc.id }, team: { id: socTeam.id }, function: 'CYBER_SOC' });
    expect(isolate).toMatchObject({ organisation: { id: w.trust.id }, team: { id: w.teams.digital.id } });

    // The SOC's analyst sees and works the step delivered for the trust.
    const mine = await list(t, analyst, { filter: { incidentId: incident.id } });
    expect(mine.map((a) => a.id)).toEqual([contain.id]);
  });
});
