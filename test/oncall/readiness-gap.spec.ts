import { Role } from '@muster/platform-access';
import { TeamFunction } from '@muster/identity';
import { createUser, startTestApp, TestApp } from '@muster/testing';
import { approvedRunbook, LeadsOrg, organisationWithLeads, step } from '../runbooks/runbook-api';
import { criterionOf, runbookReadiness, SYSTEM_READINESS, SystemReadinessView } from '../readiness/readiness-api';
import { oncallOk, RotaView, weekly } from './oncall-api';

const TRUST = 'Royal Liverpool University Hospital';

/**
 * A step naming the tactical on-call needs the trust's tactical rota covered for the next 14
 * days: a rota with an uncovered weekend night is a readiness gap naming it (organisation view
 * and matrix), in the same number of statements as before; covering the night clears it.
 * The clock: Saturday 28 November 2026, 09:00 GMT.
 */
describe('readiness: on-call cover of the duties runbook steps name', () => {
  let t: TestApp;
  let trust: LeadsOrg;
  let systemAdmin: Awaited<ReturnType<typeof createUser>>;
  let rota: RotaView;
  let runbookId: string;

  beforeAll(async () => {
    t = await startTestApp();
    trust = await organisationWithLeads(t, { name: TRUST });
    systemAdmin = await createUser(t, [{ organisationId: trust.org.id, role: Role.SYSTEM_ADMIN }]);
    const runbook = await approvedRunbook(
      t,
      trust.org.id,
      trust.author,
      trust.approver,
      { title: 'Ransomware response', categories: ['RANSOMWARE'] },
      [
        step('Convene the incident team', { function: TeamFunction.EPRR, responsibleRole: Role.EPRR_LEAD }),
        step('Lead the tactical response', {
          function: undefined,
          responsibleRole: undefined,
          designation: 'TACTICAL_ON_CALL',
        }),
      ],
    );
    runbookId = runbook.id;
    // Days 09:00–02:00 every day; nights 02:00–09:00 on every day but Saturday.
    rota = await oncallOk<RotaView>(
      t,
      'createRota',
      { organisationId: trust.org.id, duty: 'TACTICAL', name: 'Silver' },
      trust.author,
    );
    rota = await oncallOk<RotaView>(
      t,
      'setRotaLayer',
      weekly(rota.id, rota.version, [trust.author.id, trust.approver.id], {
        startsOn: '2026-11-02',
        coversFrom: '09:00',
        coversTo: '02:00',
      }),
      trust.author,
    );
    rota = await oncallOk<RotaView>(
      t,
      'setRotaLayer',
      weekly(rota.id, rota.version, [trust.approver.id], {
        rank: 2,
        name: 'Nights',
        startsOn: '2026-11-02',
        coversFrom: '02:00',
        coversTo: '09:00',
        coversWeekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SUNDAY'],
      }),
      trust.author,
    );
  });
  afterAll(() => t.close());

  const matrix = () =>
    t.gql.request<{ systemReadiness: SystemReadinessView }>(
      SYSTEM_READINESS,
      { category: 'RANSOMWARE' },
      { token: systemAdmin.token },
    );

  it('names the first uncovered night of the next 14 days, in the same statements; overrides covering the nights clear it', async () => {
    const before = await matrix();
    const r = await runbookReadiness(t, trust.org.id, runbookId, trust.author);
    expect(criterionOf(r, 'ROLES_HELD')).toMatchObject({ status: 'FAIL' });
    expect(r.gaps).toEqual([
      `Ransomware response: step 2 'Lead the tactical response' has no designated tactical (silver) on-call commander at ${TRUST} on Saturday 5 December 02:00–09:00`,
    ]);
    expect(before.data?.systemReadiness.cells.find((c) => c.organisationId === trust.org.id)).toMatchObject({
      status: 'GAPS',
    });

    const cover = (startsAt: string, endsAt: string) =>
      oncallOk(
        t,
        'addRotaOverride',
        {
          rotaId: rota.id,
          userId: trust.author.id,
          agreedByUserId: trust.approver.id,
          startsAt,
          endsAt,
          reason: 'Covering the Saturday night',
        },
        trust.author,
      );
    await cover('2026-12-05T02:00:00Z', '2026-12-05T09:00:00Z');
    const next = await runbookReadiness(t, trust.org.id, runbookId, trust.author);
    expect(next.gaps).toEqual([expect.stringMatching(/ on Saturday 12 December 02:00–09:00$/)]);
    await cover('2026-12-12T02:00:00Z', '2026-12-12T09:00:00Z');
    const covered = await runbookReadiness(t, trust.org.id, runbookId, trust.author);
    expect(covered.gaps).toEqual([]);
    const after = await matrix();
    expect(after.data?.systemReadiness.cells.find((c) => c.organisationId === trust.org.id)).toMatchObject({
      status: 'READY',
    });
    expect(after.extensions?.sqlStatements).toBe(before.extensions?.sqlStatements);
  });
});
