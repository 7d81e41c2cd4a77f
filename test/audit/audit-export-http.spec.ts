import { Role } from '@muster/platform-access';
import { canonicalEvent, canonicalJson, eventHasher } from '@muster/platform-audit';
import { createOrganisation, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { exportedEvents, record } from './audit-api.operations';

describe('exporting the audit trail as NDJSON over HTTP', () => {
  let t: TestApp;
  let a: TestOrg;
  let b: TestOrg;
  let auditor: TestUser;
  let adminB: TestUser;
  const BULK = 2_100;

  beforeAll(async () => {
    t = await startTestApp();
    [a, b] = [await createOrganisation(t), await createOrganisation(t)];
    // More than two export batches, in one transaction.
    await record(
      t,
      Array.from({ length: BULK }, (_, i) => ({
        organisationId: a.id,
        entityType: 'export_probe',
        entityId: `e${i}`,
        changes: { i },
      })),
    );
    await record(t, [{ organisationId: b.id, entityType: 'export_probe', entityId: 'b-only' }]);
    auditor = await createUser(t, [{ organisationId: b.id, role: Role.AUDITOR }]);
    adminB = await createUser(t, [{ organisationId: b.id, role: Role.ORG_ADMIN }]);
  });
  afterAll(() => t.close());

  const get = (query: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}/audit/export?${new URLSearchParams(query).toString()}`, { headers });
  const bearer = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  interface HttpError {
    code: string;
    message: string;
    fields: { field: string; message: string }[];
  }
  const errorOf = async (res: Response) => (await res.json()) as HttpError;

  it('streams every event of an organisation, oldest first, each verifiable on its own', async () => {
    const res = await get({ organisationId: a.id }, bearer(auditor));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="audit-${a.id}-.+\\.ndjson"$`),
    );
    const events = exportedEvents(await res.text());
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE organisation_id = $1`,
      [a.id],
    );
    expect(events).toHaveLength(n);
    expect(events.filter((e) => e.entityType === 'export_probe')).toHaveLength(BULK);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(events.every((e) => e.organisationId === a.id)).toBe(true);
    // Everything a regulator needs to re-check the chain is in the file: recompute every hash.
    const hasher = eventHasher(t.config.audit.hmacKey);
    let prev = '0'.repeat(64);
    for (const e of events) {
      const { id: _id, actor, changes, hash, ...rest } = e;
      const fields = {
        ...rest,
        seq: String(e.seq),
        actorType: actor.type,
        actorId: actor.id,
        actorLabel: actor.label,
        changes: canonicalJson(changes),
      };
      expect({ seq: e.seq, linked: e.prevHash === prev, hash: hasher(canonicalEvent(fields)) }).toEqual({
        seq: e.seq,
        linked: true,
        hash,
      });
      prev = hash;
    }
  });

  it('records who exported what, as audit.exported in the organisation’s chain', async () => {
    const res = await get({ organisationId: b.id, from: '2020-01-01T00:00:00Z' }, bearer(adminB));
    expect(res.status).toBe(200);
    const events = exportedEvents(await res.text());
    const [exported] = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT organisation_id, actor_id, actor_type, summary, changes FROM audit_event WHERE action = 'audit.exported' AND actor_id = $1`,
      [adminB.id],
    );
    expect(exported).toEqual({
      organisation_id: b.id,
      actor_id: adminB.id,
      actor_type: 'USER',
      summary: `Exported the audit trail (organisationId=${b.id}, from=2020-01-01T00:00:00.000Z)`,
      changes: { filter: { organisationId: b.id, from: '2020-01-01T00:00:00.000Z' } },
    });
    expect(events[events.length - 1]).toMatchObject({ action: 'audit.exported', actor: { id: adminB.id } });
  });

  it('exports an organisation administrator’s own organisations only', async () => {
    const events = exportedEvents(await (await get({ entityType: 'export_probe' }, bearer(adminB))).text());
    expect(events.map((e) => e.entityId)).toEqual(['b-only']);
    const refused = await get({ organisationId: a.id }, bearer(adminB));
    expect(refused.status).toBe(404);
    expect(await errorOf(refused)).toEqual({ code: 'NOT_FOUND', message: 'Organisation not found', fields: [] });
  });

  it('refuses anonymous callers, other roles and bad filters before writing anything', async () => {
    const count = async () =>
      Number(
        (
          await t.dataSource.query<{ n: string }[]>(
            `SELECT count(*) AS n FROM audit_event WHERE action = 'audit.exported'`,
          )
        )[0].n,
      );
    const before = await count();
    const anonymous = await get({ organisationId: a.id });
    expect([anonymous.status, (await errorOf(anonymous)).code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await get({ organisationId: a.id }, { 'x-api-key': 'mk_not_a_real_key' })).status).toBe(401);
    const viewer = await createUser(t, [{ organisationId: a.id, role: Role.VIEWER }]);
    expect((await get({ organisationId: a.id }, bearer(viewer))).status).toBe(403);
    const bad = await get({ organisationId: 'nope', from: 'yesterday' }, bearer(auditor));
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).fields.map((f) => f.field).sort()).toEqual(['from', 'organisationId']);
    expect(await count()).toBe(before);
  });
});
