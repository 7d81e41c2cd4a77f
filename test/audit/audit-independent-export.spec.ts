import { Role } from '@muster/platform-access';
import {
  createOrganisation,
  createUser,
  startTestApp,
  TEST_AUDIT_KEY,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';
import { exportedEvents, record } from './audit-api.operations';
import { verifyNdjsonExport } from './independent-verifier';

/** Text that tests every escaping rule of the documented canonical form. */
const AWKWARD = 'Équipe «cyber» — 東京 🚑 "quoted" back\\slash tab\there\nnewline \u0001\u001f\u007f \u2028\u2029 end';
/** Changes whose keys JavaScript orders differently from RFC 8785, and numbers in every shape. */
const AWKWARD_CHANGES = {
  '9': 'nine',
  '10': 'ten',
  b: [3, 1, 2],
  a: { z: null, é: true, Z: false, '': 'empty key' },
  numbers: [0, -0, 1.5, 0.1, 1e21, 1e-7, -123456789, 2 ** 53],
  text: AWKWARD,
};

const CREATE_TEAM = `mutation CreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;

/**
 * An auditor checks an NDJSON export with a verifier of their own, written from
 * docs/audit-trail.md (test/audit/independent-verifier.ts: node:crypto only), over HTTP
 * as a regulator would fetch it — an organisation's chain and the ICS-wide one.
 */
describe('an auditor verifying an export with their own tool', () => {
  let t: TestApp;
  let org: TestOrg;
  let auditor: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t);
    auditor = await createUser(t, [{ organisationId: org.id, role: Role.AUDITOR }]);
    admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
    // Through GraphQL: an event with an actor, roles, a request id and a client address.
    await t.gql.ok(
      CREATE_TEAM,
      { input: { organisationId: org.id, function: 'CYBER_SOC', name: `Équipe «cyber» 🚑 "SOC"` } },
      { token: admin.token },
    );
    await record(t, [{ organisationId: org.id, entityId: AWKWARD, changes: AWKWARD_CHANGES }]);
    await record(t, [
      { organisationId: null, entityId: AWKWARD, changes: AWKWARD_CHANGES },
      { organisationId: null, entityId: 'plain' },
    ]);
  });
  afterAll(() => t.close());

  const exportOf = (app: TestApp, organisationId: string, user: TestUser) =>
    fetch(`${app.baseUrl}/audit/export?${new URLSearchParams({ organisationId }).toString()}`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
  const headOf = async (chainId: string) =>
    (
      await t.dataSource.query<{ seq: number; hash: string }[]>(
        `SELECT last_seq::int AS seq, last_hash AS hash FROM audit_chain WHERE chain_id = $1`,
        [chainId],
      )
    )[0];

  it('checks every hash and link of an organisation’s chain exported over HTTP, with AUDIT_HMAC_KEY set', async () => {
    const res = await exportOf(t, org.id, auditor);
    expect(res.status).toBe(200);
    const body = await res.text();
    const head = await headOf(org.id);
    const report = verifyNdjsonExport(body, TEST_AUDIT_KEY);
    expect(report).toEqual({
      chains: { [org.id]: { events: head.seq, firstSeq: 1, lastSeq: head.seq, headHash: head.hash } },
      problems: [],
    });
    const lines = exportedEvents(body);
    expect(lines.some((e) => e.action === 'team.created' && e.requestId && e.clientAddress && e.roles.length > 0)).toBe(
      true,
    );
    expect(lines.some((e) => e.entityId === AWKWARD)).toBe(true);

    // The tool can fail: without the key, or with one byte changed, it says so.
    expect(verifyNdjsonExport(body).problems).toHaveLength(head.seq);
    const edited = body.replace('"Changed ', '"changed ');
    expect(verifyNdjsonExport(edited, TEST_AUDIT_KEY).problems).toEqual([
      expect.stringMatching(/: hash does not match content$/),
    ]);
  });

  it('exports the ICS-wide chain over HTTP with organisationId=ics, as audit:export --organisation ics does, to auditors only', async () => {
    const before = await headOf('ics');
    const res = await exportOf(t, 'ics', auditor);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-ics-.+\.ndjson"$/);
    const body = await res.text();
    const lines = exportedEvents(body);
    expect(lines.every((e) => e.chainId === 'ics' && e.organisationId === null)).toBe(true);
    // The whole chain, from its first event, up to and including the export's own record.
    expect(lines.map((e) => e.seq)).toEqual(Array.from({ length: before.seq + 1 }, (_, i) => i + 1));
    expect(lines[lines.length - 1]).toMatchObject({
      action: 'audit.exported',
      entityId: 'ics',
      summary: 'Exported the audit trail (chainId=ics)',
    });
    expect(verifyNdjsonExport(body, TEST_AUDIT_KEY)).toMatchObject({
      chains: { ics: { events: before.seq + 1, headHash: (await headOf('ics')).hash } },
      problems: [],
    });

    const refused = await exportOf(t, 'ics', admin);
    expect([refused.status, ((await refused.json()) as { code: string }).code]).toEqual([403, 'FORBIDDEN']);
    const bad = await exportOf(t, 'icss', auditor);
    expect([bad.status, ((await bad.json()) as { fields: { field: string }[] }).fields.map((f) => f.field)]).toEqual([
      400,
      ['organisationId'],
    ]);
  });

  it('checks plain SHA-256 chains, where no AUDIT_HMAC_KEY is set', async () => {
    // A second server on the same database without the key: it writes to a chain of its own only.
    const plain = await startTestApp({ env: { AUDIT_HMAC_KEY: '' } });
    try {
      const own = await createOrganisation(plain);
      await record(plain, [{ organisationId: own.id, entityId: AWKWARD, changes: AWKWARD_CHANGES }]);
      const body = await (await exportOf(plain, own.id, auditor)).text();
      expect(verifyNdjsonExport(body)).toMatchObject({ chains: { [own.id]: { events: 3, lastSeq: 3 } }, problems: [] });
      expect(verifyNdjsonExport(body, TEST_AUDIT_KEY).problems).toHaveLength(3);
    } finally {
      await plain.close();
    }
  });
});
