import { LiveEvents } from '@muster/platform-graphql';
import { startTestApp, TestApp, TestUser } from '@muster/testing';
import { subscribe } from '../notifications/live-client';
import { createOnCallWorld, ONCALL_OPS, oncallOk, OnCallWorld, PageView, RotaView, weekly } from './oncall-api';

/** Resolves once the app listens to `topic` (the server sets a subscription up asynchronously). */
function listeningTo(t: TestApp, topic: string): Promise<void> {
  const live = t.app.get(LiveEvents);
  const original = live.listen.bind(live);
  return new Promise((resolve) => {
    const spy = jest.spyOn(live, 'listen').mockImplementation(<E>(name: string) => {
      const events = original<E>(name);
      if (name !== topic) return events;
      spy.mockRestore();
      const next = events.next.bind(events);
      events.next = () => {
        const pulled = next();
        resolve();
        return pulled;
      };
      return events;
    });
  });
}

/**
 * Reading on-call costs a constant number of statements, whatever the number of pages,
 * layers, overrides and notices; keyset paging walks every page once; the paged person hears
 * of a page live (`pageRaised`).
 */
describe('on-call queries', () => {
  let t: TestApp;
  let w: OnCallWorld;
  let rota: RotaView;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createOnCallWorld(t);
    rota = await oncallOk<RotaView>(
      t,
      'createRota',
      { organisationId: w.trust.id, duty: 'TACTICAL', name: 'Silver' },
      w.admin,
    );
    rota = await oncallOk<RotaView>(
      t,
      'setRotaLayer',
      weekly(rota.id, rota.version, [w.alice.id, w.bob.id], { startsOn: '2026-01-05' }),
      w.admin,
    );
  });
  afterAll(() => t.close());

  const page = (message: string) =>
    oncallOk<PageView>(t, 'pageOnCall', { organisationId: w.trust.id, duty: 'TACTICAL', message }, w.commander);
  const statements = async (op: keyof typeof ONCALL_OPS, variables: Record<string, unknown>, who: TestUser) => {
    const res = await t.gql.request(ONCALL_OPS[op], variables, { token: who.token });
    expect(res.errors).toBeUndefined();
    return res.extensions?.sqlStatements as number;
  };

  it('lists pages in as many statements for 2 as for 20, and pages through all of them once', async () => {
    for (let i = 0; i < 2; i++) await page(`Page ${i}`);
    const small = await statements('pages', { organisationId: w.trust.id, first: 20 }, w.admin);
    for (let i = 2; i < 20; i++) await page(`Page ${i}`);
    const large = await statements('pages', { organisationId: w.trust.id, first: 20 }, w.admin);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    // All organisations the caller sees (the ICB's on-call: every organisation), the same.
    expect(await statements('pages', { first: 20 }, w.icbCommander)).toBeLessThanOrEqual(small);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const data: { nodes: PageView[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = await oncallOk(
        t,
        'pages',
        { organisationId: w.trust.id, first: 7, ...(after ? { after } : {}) },
        w.admin,
      );
      seen.push(...data.nodes.map((p) => p.id));
      after = data.pageInfo.hasNextPage ? data.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
  });

  it('tells the paged person live (pageRaised)', async () => {
    const ready = listeningTo(t, `oncall-pages:${w.alice.id}`);
    const live = subscribe<{ pageRaised: { id: string; message: string; pagedPerson: { userId: string } } }>(
      t,
      { authorization: `Bearer ${w.alice.token}` },
      'subscription { pageRaised { id message pagedPerson { userId } } }',
    );
    await ready;
    const raised = await page('Live page');
    const event = await live.next();
    expect(event).toEqual({
      next: { data: { pageRaised: { id: raised.id, message: 'Live page', pagedPerson: { userId: w.alice.id } } } },
    });
    await live.dispose();
  });

  it('reads rotas with layers, overrides and who is on call in as many statements for many as for one', async () => {
    const one = await statements('rotas', { organisationId: w.trust.id }, w.alice);
    for (let rank = 2; rank <= 5; rank++)
      rota = await oncallOk<RotaView>(
        t,
        'setRotaLayer',
        weekly(rota.id, rota.version, [w.carol.id, w.dan.id], {
          rank,
          name: `Layer ${rank}`,
          coversWeekdays: ['SATURDAY'],
        }),
        w.admin,
      );
    for (const day of ['2026-12-01', '2026-12-08', '2026-12-15'])
      rota = await oncallOk<RotaView>(
        t,
        'addRotaOverride',
        {
          rotaId: rota.id,
          userId: w.dan.id,
          agreedByUserId: w.alice.id,
          startsAt: `${day}T18:00:00Z`,
          endsAt: `${day}T23:00:00Z`,
          reason: 'Cover',
        },
        w.admin,
      );
    for (const duty of ['OPERATIONAL', 'IG', 'EPRR'])
      await oncallOk(t, 'createRota', { organisationId: w.trust.id, duty, name: `${duty} rota` }, w.admin);
    expect(await statements('rotas', { organisationId: w.trust.id }, w.alice)).toBe(one);
    expect(rota.layers.map((l) => l.rank)).toEqual([5, 4, 3, 2, 1]);
    expect(rota.overrides).toHaveLength(3);
  });
});
