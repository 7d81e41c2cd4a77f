import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import {
  createOrganisation,
  createTeam,
  createUser,
  errorCode,
  setClockAndSignIn,
  startTestApp,
  TEST_START,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';
import { approvedRunbook, LeadsOrg, organisationWithLeads, step } from '../runbooks/runbook-api';
import { criterionOf, runbookReadiness, SYSTEM_READINESS, SystemReadinessView } from './readiness-api';

const TRUST = 'North Staffordshire Combined Healthcare NHS Trust';
const SOC = 'Staffordshire and Stoke-on-Trent ICS Security Operations Centre';

const SHARED = `query ($organisationId: ID!) {
  sharedServices(organisationId: $organisationId) { clientOrganisationId clientName function functionWords providerOrganisationId providerName note }
}`;
const RECORD = `mutation ($input: RecordSharedServiceInput!) {
  recordSharedService(input: $input) { clientName function providerName note }
}`;
const END = `mutation ($input: EndSharedServiceInput!) { endSharedService(input: $input) { providerName } }`;

interface SharedView {
  clientOrganisationId: string;
  clientName: string;
  function: string;
  functionWords: string;
  providerOrganisationId: string;
  providerName: string;
  note: string;
}

/**
 * A function delivered for an organisation by another (the ICS SOC delivers Cyber/SOC for a
 * mental-health trust): only the ICS records it (a system administrator or the ICB's EPRR
 * lead), both sides see it, a third organisation does not, and readiness counts the
 * provider's people for that function only — in the organisation view and the matrix alike.
 */
describe('shared services', () => {
  let t: TestApp;
  let trust: LeadsOrg;
  let soc: TestOrg;
  let icbLead: TestUser;
  let socAnalyst: TestUser;
  let outsider: TestUser;
  let systemAdmin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    trust = await organisationWithLeads(t, { name: TRUST, kind: OrganisationKind.MENTAL_HEALTH_TRUST });
    soc = await createOrganisation(t, { name: SOC, kind: OrganisationKind.SOC });
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    const third = await createOrganisation(t);
    const cyberTeam = await createTeam(t, soc.id, TeamFunction.CYBER_SOC);
    const socComms = await createTeam(t, soc.id, TeamFunction.COMMUNICATIONS);
    icbLead = await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD }]);
    socAnalyst = await createUser(t, [{ organisationId: soc.id, role: Role.RESPONDER, teamId: cyberTeam.id }]);
    // The provider's people in a team of another function do not cover the client's steps of that function.
    await createUser(t, [{ organisationId: soc.id, role: Role.INCIDENT_COMMANDER, teamId: socComms.id }]);
    outsider = await createUser(t, [{ organisationId: third.id, role: Role.EPRR_LEAD }]);
    systemAdmin = await createUser(t, [{ organisationId: third.id, role: Role.SYSTEM_ADMIN }]);
  });
  afterAll(() => t.close());
  beforeEach(() =>
    setClockAndSignIn(t, TEST_START, [trust.author, trust.approver, icbLead, socAnalyst, outsider, systemAdmin]),
  );

  const shared = async (organisationId: string, who: TestUser) =>
    (await t.gql.ok<{ sharedServices: SharedView[] }>(SHARED, { organisationId }, { token: who.token })).sharedServices;
  const cyber = { clientOrganisationId: () => trust.org.id, function: TeamFunction.CYBER_SOC };
  const record = (who: TestUser, note?: string) =>
    t.gql.request(
      RECORD,
      {
        input: {
          clientOrganisationId: cyber.clientOrganisationId(),
          function: cyber.function,
          providerOrganisationId: soc.id,
          note,
        },
      },
      { token: who.token },
    );
  const matrixCell = async () => {
    const { systemReadiness } = await t.gql.ok<{ systemReadiness: SystemReadinessView }>(
      SYSTEM_READINESS,
      { category: 'RANSOMWARE' },
      { token: systemAdmin.token },
    );
    return systemReadiness.cells.find((c) => c.organisationId === trust.org.id);
  };
  const auditOfTrust = () =>
    t.dataSource.query<{ action: string; summary: string }[]>(
      `SELECT action, summary FROM audit_event WHERE organisation_id = $1 AND action LIKE 'shared_service.%' ORDER BY id`,
      [trust.org.id],
    );

  it("counts the provider's people for the delivered function once the ICB records it, and stops when it ends", async () => {
    const runbook = await approvedRunbook(
      t,
      trust.org.id,
      trust.author,
      trust.approver,
      { title: 'Ransomware response', categories: ['RANSOMWARE'] },
      [
        step('Convene the incident team', { function: TeamFunction.EPRR, responsibleRole: Role.EPRR_LEAD }),
        step('Isolate affected hosts', { function: TeamFunction.CYBER_SOC, responsibleRole: Role.RESPONDER }),
        step('Brief staff', { function: TeamFunction.COMMUNICATIONS, responsibleRole: Role.INCIDENT_COMMANDER }),
      ],
    );
    const gapsBefore = [
      `Ransomware response: step 3 'Brief staff' has no incident commander (Communications) at ${TRUST}`,
      `Ransomware response: step 2 'Isolate affected hosts' has no responder (Cyber/SOC) at ${TRUST}`,
    ];
    expect((await runbookReadiness(t, trust.org.id, runbook.id, trust.author)).gaps).toEqual(gapsBefore);
    expect(await matrixCell()).toMatchObject({ status: 'GAPS', gapCount: 2 });

    // Neither side records it alone; a third organisation cannot even see the client.
    expect(errorCode(await record(trust.author))).toBe('FORBIDDEN');
    expect(errorCode(await record(outsider))).toBe('NOT_FOUND');
    expect(await auditOfTrust()).toEqual([]);

    const { data } = await record(icbLead, 'SOC service agreement 2026/27');
    expect(data).toEqual({
      recordSharedService: {
        clientName: TRUST,
        function: 'CYBER_SOC',
        providerName: SOC,
        note: 'SOC service agreement 2026/27',
      },
    });
    expect(errorCode(await record(systemAdmin))).toBe('CONFLICT');

    // The Cyber/SOC step is covered by the SOC's analyst; the SOC's Communications commander does not cover the trust's.
    const r = await runbookReadiness(t, trust.org.id, runbook.id, trust.author);
    expect(r.gaps).toEqual([gapsBefore[0]]);
    expect(criterionOf(r, 'ROLES_HELD')).toMatchObject({ status: 'FAIL' });
    expect(await matrixCell()).toMatchObject({ status: 'GAPS', gapCount: 1 });

    // Both sides see the arrangement; nobody else does.
    const view = {
      clientOrganisationId: trust.org.id,
      clientName: TRUST,
      function: 'CYBER_SOC',
      functionWords: 'Cyber/SOC',
      providerOrganisationId: soc.id,
      providerName: SOC,
      note: 'SOC service agreement 2026/27',
    };
    expect(await shared(trust.org.id, trust.author)).toEqual([view]);
    expect(await shared(soc.id, socAnalyst)).toEqual([view]);
    expect(await shared(trust.org.id, icbLead)).toEqual([view]);
    expect(errorCode(await t.gql.request(SHARED, { organisationId: trust.org.id }, { token: outsider.token }))).toBe(
      'NOT_FOUND',
    );

    // Ending it needs a reason and brings the gap back.
    const end = (reason: string) =>
      t.gql.request(
        END,
        { input: { clientOrganisationId: trust.org.id, function: 'CYBER_SOC', reason } },
        { token: icbLead.token },
      );
    expect(errorCode(await end(''))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await t.gql.request(
          END,
          {
            input: { clientOrganisationId: trust.org.id, function: 'CYBER_SOC', reason: 'Trust now runs its own SOC' },
          },
          { token: trust.author.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect((await end('Trust now runs its own SOC')).errors).toBeUndefined();
    expect(errorCode(await end('Trust now runs its own SOC'))).toBe('BAD_USER_INPUT');
    expect((await runbookReadiness(t, trust.org.id, runbook.id, trust.author)).gaps).toEqual(gapsBefore);
    expect(await matrixCell()).toMatchObject({ status: 'GAPS', gapCount: 2 });
    expect(await shared(soc.id, socAnalyst)).toEqual([]);

    expect(await auditOfTrust()).toEqual([
      { action: 'shared_service.recorded', summary: `${SOC} delivers Cyber/SOC for ${TRUST}` },
      {
        action: 'shared_service.ended',
        summary: `${SOC} no longer delivers Cyber/SOC for ${TRUST}: Trust now runs its own SOC`,
      },
    ]);
  });

  it('refuses an organisation as its own provider', async () => {
    const res = await t.gql.request(
      RECORD,
      { input: { clientOrganisationId: soc.id, function: 'DIGITAL', providerOrganisationId: soc.id } },
      { token: systemAdmin.token },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'providerOrganisationId' }] });
  });
});
