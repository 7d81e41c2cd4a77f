import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import { Role } from '@muster/platform-access';
import { AuditHistoryVisibility } from '@muster/platform-audit-api';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { HISTORY, Page, record, TRAIL, TrailNode, VERIFY } from './audit-api.operations';

describe('reading and verifying the audit trail over GraphQL', () => {
  let t: TestApp;
  let a: TestOrg;
  let b: TestOrg;
  let auditor: TestUser;
  let sysadmin: TestUser;
  let adminA: TestUser;
  let adminB: TestUser;
  let viewerA: TestUser;
  const incident = randomUUID();
  const actor = { type: 'API_KEY' as const, id: randomUUID(), label: 'SIEM connector' };
  const probe = `probe-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await startTestApp();
    [a, b] = [await createOrganisation(t), await createOrganisation(t)];
    t.clock.set('2026-12-01T10:00:00Z');
    await record(
      t,
      [
        {
          organisationId: a.id,
          entityId: `${probe}-1`,
          changes: { before: { status: 'DRAFT' }, after: { status: 'APPROVED' } },
        },
      ],
      actor,
    );
    t.clock.set('2026-12-01T11:00:00Z');
    await record(t, [
      { organisationId: a.id, entityId: `${probe}-2`, incidentId: incident, action: 'probe.escalated' },
    ]);
    t.clock.set('2026-12-01T12:00:00Z');
    await record(t, [
      { organisationId: b.id, entityId: `${probe}-shared` },
      { organisationId: a.id, entityId: `${probe}-shared` },
      { organisationId: null, entityId: `${probe}-shared` },
    ]);
    // Signed in last: their tokens are good from the clock's time on.
    auditor = await createUser(t, [{ organisationId: b.id, role: Role.AUDITOR }]);
    sysadmin = await createUser(t, [{ organisationId: a.id, role: Role.SYSTEM_ADMIN }]);
    adminA = await createUser(t, [
      { organisationId: a.id, role: Role.ORG_ADMIN },
      { organisationId: b.id, role: Role.VIEWER },
    ]);
    adminB = await createUser(t, [{ organisationId: b.id, role: Role.ORG_ADMIN }]);
    viewerA = await createUser(t, [{ organisationId: a.id, role: Role.VIEWER }]);
  });
  afterAll(() => t.close());

  const trail = async (user: TestUser, filter: Record<string, unknown>, first = 50, after?: string) => {
    const res = await t.gql.request<{ auditTrail: Page }>(
      TRAIL,
      { filter: { entityType: 'trail_probe', ...filter }, first, after },
      { token: user.token },
    );
    return { res, nodes: res.data?.auditTrail.nodes ?? [] };
  };
  const ids = (nodes: TrailNode[]) => nodes.map((n) => `${n.entityId}@${n.organisationId ?? 'ics'}`);
  const mine = (nodes: TrailNode[]) => nodes.filter((n) => n.entityId?.startsWith(probe));

  it('shows an auditor every organisation’s events and the ICS-wide ones, newest first, with every field', async () => {
    const { nodes } = await trail(auditor, {});
    // One transaction's events are appended chain by chain (in chain id order), the ICS chain's last.
    const shared = [`${probe}-shared@${a.id}`, `${probe}-shared@${b.id}`].sort().reverse();
    expect(ids(mine(nodes))).toEqual([`${probe}-shared@ics`, ...shared, `${probe}-2@${a.id}`, `${probe}-1@${a.id}`]);
    const first = mine(nodes).find((n) => n.entityId === `${probe}-1`);
    expect(first).toMatchObject({
      chainId: a.id,
      occurredAt: '2026-12-01T10:00:00.000Z',
      organisationId: a.id,
      action: 'probe.changed',
      entityType: 'trail_probe',
      actor,
      roles: [],
      incidentId: null,
      summary: `Changed ${probe}-1`,
      changes: { before: { status: 'DRAFT' }, after: { status: 'APPROVED' } },
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      requestId: null,
      clientAddress: null,
    });
    expect(typeof first?.seq).toBe('number');
  });

  it('pages newest first with a cursor, without overlap or gaps', async () => {
    const all = ids(mine((await trail(sysadmin, {})).nodes));
    const pages: string[] = [];
    let after: string | undefined;
    do {
      const { res } = await trail(sysadmin, {}, 2, after);
      pages.push(...ids(mine(res.data?.auditTrail.nodes ?? [])));
      after = res.data?.auditTrail.pageInfo.hasNextPage
        ? (res.data.auditTrail.pageInfo.endCursor ?? undefined)
        : undefined;
    } while (after);
    expect(pages).toEqual(all);
  });

  it.each([
    ['organisation', (o: { a: string }) => ({ organisationId: o.a }), ['shared@A', '2@A', '1@A']],
    ['entity', () => ({ entityId: `${probe}-shared` }), ['shared@A', 'shared@B', 'shared@ics']],
    ['action', () => ({ action: 'probe.escalated' }), ['2@A']],
    ['incident', () => ({ incidentId: incident }), ['2@A']],
    ['actor', (o: { actor: string }) => ({ actorId: o.actor }), ['1@A']],
    ['time range', () => ({ from: '2026-12-01T10:30:00Z', to: '2026-12-01T12:00:00Z' }), ['2@A']],
  ])('filters by %s', async (name, filterOf, expected) => {
    const { nodes } = await trail(auditor, filterOf({ a: a.id, actor: actor.id }));
    const short = ids(mine(nodes)).map((s) => s.replace(`${probe}-`, '').replace(a.id, 'A').replace(b.id, 'B'));
    // Events of one transaction in different chains come in chain order: compare those as sets.
    expect(name === 'entity' ? short.sort() : short).toEqual(expected);
  });

  it('shows an organisation administrator their organisations’ events only', async () => {
    expect(ids(mine((await trail(adminA, {})).nodes))).toEqual([
      `${probe}-shared@${a.id}`,
      `${probe}-2@${a.id}`,
      `${probe}-1@${a.id}`,
    ]);
    // B they can see (as a viewer) but not administer; a third organisation does not exist for them.
    expect(errorCode((await trail(adminA, { organisationId: b.id })).res)).toBe('FORBIDDEN');
    expect(errorCode((await trail(adminB, { organisationId: a.id })).res)).toBe('NOT_FOUND');
  });

  it('refuses the trail to other roles and to anonymous callers, and bad filters as bad input', async () => {
    expect(errorCode((await trail(viewerA, {})).res)).toBe('FORBIDDEN');
    expect(errorCode(await t.gql.request(TRAIL, {}))).toBe('UNAUTHENTICATED');
    const bad = (await trail(auditor, { actorId: 'someone', action: 'Not An Action' })).res;
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['filter.action', 'filter.actorId']);
    expect(errorCode((await trail(auditor, {}, 10, 'not-a-cursor')).res)).toBe('BAD_USER_INPUT');
  });

  it('shows an entity’s history as far as the caller sees its organisations, and lets a domain narrow it', async () => {
    const history = async (user: TestUser, entityType = 'trail_probe', entityId = `${probe}-shared`) => {
      const res = await t.gql.request<{ auditHistory: Page }>(HISTORY, { entityType, entityId }, { token: user.token });
      return (res.data?.auditHistory.nodes ?? []).map((n) => n.organisationId ?? 'ics');
    };
    expect(await history(viewerA)).toEqual([a.id]);
    expect(await history(adminB)).toEqual([b.id]);
    expect((await history(auditor)).sort()).toEqual([a.id, b.id, 'ics'].sort());

    await record(t, [{ organisationId: a.id, entityType: 'sealed_probe', entityId: probe }]);
    t.app.get(AuditHistoryVisibility).register('sealed_probe', async (principal) => principal.isSystemWide);
    expect(await history(viewerA, 'sealed_probe', probe)).toEqual([]);
    expect(await history(auditor, 'sealed_probe', probe)).toEqual([a.id]);
  });

  it('does not audit reading', async () => {
    const count = async () =>
      Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_event`))[0].n);
    const before = await count();
    await trail(auditor, {});
    await t.gql.request(HISTORY, { entityType: 'trail_probe', entityId: probe }, { token: viewerA.token });
    await t.gql.request(VERIFY, { organisationId: a.id }, { token: auditor.token });
    expect(await count()).toBe(before);
  });

  describe('verifyAuditChain', () => {
    const verify = (user: TestUser, vars: Record<string, unknown>) =>
      t.gql.request<{ verifyAuditChain: Record<string, unknown> }>(VERIFY, vars, { token: user.token });

    it('verifies an organisation’s chain up to its head', async () => {
      const [{ n, head }] = await t.dataSource.query<{ n: number; head: string }[]>(
        `SELECT count(*)::int AS n, (SELECT last_hash FROM audit_chain WHERE chain_id = $1) AS head FROM audit_event WHERE chain_id = $1`,
        [a.id],
      );
      const res = await verify(auditor, { organisationId: a.id, expectedHeadHash: head });
      expect(res.data?.verifyAuditChain).toEqual({
        chainId: a.id,
        valid: true,
        checked: n,
        fromSeq: 1,
        toSeq: n,
        headHash: head,
        firstBrokenSeq: null,
        reason: null,
      });
      expect((await verify(adminA, { organisationId: a.id })).data?.verifyAuditChain).toMatchObject({
        valid: true,
        checked: n,
      });
    });

    it('verifies the part of a chain in a time range, and the ICS-wide chain for system-wide roles', async () => {
      const ranged = await verify(auditor, {
        organisationId: a.id,
        from: '2026-12-01T10:30:00Z',
        to: '2026-12-01T11:30:00Z',
      });
      expect(ranged.data?.verifyAuditChain).toMatchObject({ valid: true, checked: 1 });
      expect((await verify(sysadmin, {})).data?.verifyAuditChain).toMatchObject({ chainId: 'ics', valid: true });
    });

    it('reports the first broken event of a tampered chain', async () => {
      const org = randomUUID();
      for (const n of [1, 2, 3]) await record(t, [{ organisationId: org, entityId: `${probe}-t${n}` }]);
      const runner = t.dataSource.createQueryRunner();
      try {
        await runner.startTransaction();
        await runner.query(`SET LOCAL session_replication_role = replica`);
        await runner.query(`UPDATE audit_event SET entity_id = 'elsewhere' WHERE chain_id = $1 AND seq = 2`, [org]);
        await runner.commitTransaction();
      } finally {
        await runner.release();
      }
      expect((await verify(auditor, { organisationId: org })).data?.verifyAuditChain).toMatchObject({
        valid: false,
        checked: 1,
        firstBrokenSeq: 2,
        reason: 'Event 2 does not match its hash: its content was changed',
      });
    });

    it('keeps chains to those who may read them', async () => {
      expect(errorCode(await verify(adminA, { organisationId: b.id }))).toBe('FORBIDDEN');
      expect(errorCode(await verify(adminB, { organisationId: a.id }))).toBe('NOT_FOUND');
      expect(errorCode(await verify(adminA, {}))).toBe('FORBIDDEN');
      expect(errorCode(await verify(viewerA, { organisationId: a.id }))).toBe('FORBIDDEN');
      expect(errorCode(await verify(auditor, { organisationId: a.id, expectedHeadHash: 'not-a-hash' }))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
});
