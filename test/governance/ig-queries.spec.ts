import { Role } from '@muster/platform-access';
import { createOrganisation, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { report } from '../incidents/incident-api';
import { decide, IG_OPS, openThread, ThreadView } from './ig-api';

/** The IG lists cost the same number of SQL statements whatever their size, nested fields included. */
describe('IG queries: statements per request', () => {
  let t: TestApp;
  let trust: TestOrg;
  let igOfficer: TestUser;
  let incidentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    trust = await createOrganisation(t);
    igOfficer = await createUser(t, [{ organisationId: trust.id, role: Role.IG_OFFICER }]);
    const responder = await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER }]);
    // 20 incidents of the trust, each with its thread due within 24 hours and a decision.
    for (let n = 0; n < 20; n++) {
      const i = await report(t, trust.id, responder, { title: `Breach ${n}`, personalDataInvolved: true });
      incidentId = i.id;
      const th = await openThread(t, igOfficer, i.id, trust.id, `2026-11-26T0${n % 10}:00:00Z`);
      await decide(t, igOfficer, th.id, 'DATA_SUBJECTS_ART34', {
        outcome: 'NOT_REPORTABLE',
        likelihood: 1,
        severity: 1,
      });
    }
  });
  afterAll(() => t.close());

  it('reads igDeadlines with decisions and notifications in the same statements for 2 threads as for 20', async () => {
    const counts: number[] = [];
    for (const first of [2, 20]) {
      const res = await t.gql.request<{ igDeadlines: { nodes: ThreadView[] } }>(
        IG_OPS.igDeadlines,
        { organisationId: trust.id, first },
        { token: igOfficer.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.igDeadlines.nodes).toHaveLength(first);
      expect(res.data?.igDeadlines.nodes.every((n) => n.decisions.length === 1)).toBe(true);
      counts.push(res.extensions?.sqlStatements as number);
    }
    // Sign-in; the page of threads with their clock facts and sight; decisions; notifications.
    expect(counts).toEqual([4, 4]);
  });

  it('reads the threads of an incident with their nested fields in fixed statements', async () => {
    const threads = await t.gql.request(IG_OPS.igThreads, { incidentId }, { token: igOfficer.token });
    expect(threads.errors).toBeUndefined();
    // Sign-in; the incident's sight; its threads; decisions; notifications.
    expect(threads.extensions?.sqlStatements).toBe(5);
  });

  it('reads igThreads nested in the incidents list in the same statements for 2 incidents as for 20', async () => {
    const counts: number[] = [];
    for (const first of [2, 20]) {
      const res = await t.gql.request<{ incidents: { nodes: { igThreads: ThreadView[] }[] } }>(
        `query ($first: Int, $org: ID!) { incidents(first: $first, filter: { organisationId: $org }) {
           nodes { id igThreads { id contentVisible currentDecisions { id content { rationale } } notifications { id } } } } }`,
        { first, org: trust.id },
        { token: igOfficer.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.incidents.nodes).toHaveLength(first);
      expect(res.data?.incidents.nodes.every((n) => n.igThreads.length === 1 && n.igThreads[0].contentVisible)).toBe(
        true,
      );
      counts.push(res.extensions?.sqlStatements as number);
    }
    // Sign-in; the page of incidents; their threads; decisions; notifications.
    expect(counts).toEqual([5, 5]);
  });
});
