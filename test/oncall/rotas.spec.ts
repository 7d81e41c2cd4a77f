import { errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import { createOnCallWorld, OnCallView, oncallOk, oncallRequest, OnCallWorld, RotaView, weekly } from './oncall-api';

/**
 * Who is on call: a weekly rota handing over on Monday at 09:00 London time, across a handover,
 * both clock changes of 2026 (29 March, 25 October), a higher layer covering weeknights, and
 * an override; and who may see and edit rotas.
 */
describe('on-call rotas', () => {
  let t: TestApp;
  let w: OnCallWorld;
  let rota: RotaView;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createOnCallWorld(t);
    rota = await oncallOk<RotaView>(
      t,
      'createRota',
      { organisationId: w.trust.id, duty: 'TACTICAL', name: 'Silver on-call' },
      w.eprrLead,
    );
    rota = await oncallOk<RotaView>(
      t,
      'setRotaLayer',
      weekly(rota.id, rota.version, [w.alice.id, w.bob.id]),
      w.eprrLead,
    );
  });
  afterAll(() => t.close());

  const onCallAt = async (at: string, who: TestUser = w.alice) =>
    oncallOk<OnCallView>(t, 'onCallNow', { organisationId: w.trust.id, duty: 'TACTICAL', at }, who);
  const nameAt = async (at: string) => (await onCallAt(at)).person?.displayName ?? null;

  it('states the pattern back as London wall-clock times', () => {
    expect(rota.layers[0]).toMatchObject({
      handoverWeekday: 'MONDAY',
      handoverTime: '09:00',
      startsOn: '2026-03-16',
      participants: [{ displayName: 'Alice Silver' }, { displayName: 'Bob Silver' }],
    });
  });

  it('hands over at 09:00 GMT in winter: nobody before the first handover, then Alice, then Bob', async () => {
    expect(await onCallAt('2026-03-16T08:59:00Z')).toMatchObject({ person: null, source: 'NOBODY' });
    expect(await nameAt('2026-03-16T09:00:00Z')).toBe('Alice Silver');
    expect(await nameAt('2026-03-23T08:59:59Z')).toBe('Alice Silver');
    expect(await nameAt('2026-03-23T09:00:00Z')).toBe('Bob Silver');
  });

  it('hands over at 09:00 BST (08:00 UTC) after the spring change of 29 March', async () => {
    expect(await nameAt('2026-03-30T07:59:00Z')).toBe('Bob Silver');
    expect(await nameAt('2026-03-30T08:00:00Z')).toBe('Alice Silver');
    expect(await nameAt('2026-03-30T08:30:00Z')).toBe('Alice Silver');
  });

  it('hands over at 09:00 GMT again after the autumn change of 25 October', async () => {
    // Monday 19 October, 09:00 BST = 08:00 UTC: week 31 from the first handover, Bob's.
    expect(await nameAt('2026-10-19T07:59:00Z')).toBe('Alice Silver');
    expect(await nameAt('2026-10-19T08:00:00Z')).toBe('Bob Silver');
    // Monday 26 October, 09:00 GMT = 09:00 UTC: an hour later in UTC than the week before.
    expect(await nameAt('2026-10-26T08:30:00Z')).toBe('Bob Silver');
    expect(await nameAt('2026-10-26T09:00:00Z')).toBe('Alice Silver');
  });

  it('lets a higher layer win where it covers: weeknights 17:00–09:00, the night belonging to the day it starts', async () => {
    rota = await oncallOk<RotaView>(
      t,
      'setRotaLayer',
      weekly(rota.id, rota.version, [w.carol.id], {
        rank: 2,
        name: 'Weeknights',
        shiftDays: 1,
        handoverWeekday: null,
        handoverTime: '17:00',
        startsOn: '2026-03-16',
        coversWeekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
        coversFrom: '17:00',
        coversTo: '09:00',
      }),
      w.admin,
    );
    // Tuesday 3 November 2026 (GMT), in Bob's week (the 33rd from the first handover).
    expect(await nameAt('2026-11-03T10:00:00Z')).toBe('Bob Silver');
    expect(await nameAt('2026-11-03T20:00:00Z')).toBe('Carol Night');
    expect(await nameAt('2026-11-04T08:59:00Z')).toBe('Carol Night');
    // Friday night runs into Saturday morning; Saturday night is the weekly layer's.
    expect(await nameAt('2026-11-07T08:00:00Z')).toBe('Carol Night');
    expect(await nameAt('2026-11-07T22:00:00Z')).toBe('Bob Silver');
    // In BST too: on Tuesday 14 July 2026 the night starts at 17:00 BST = 16:00 UTC.
    expect(await nameAt('2026-07-14T15:59:00Z')).not.toBe('Carol Night');
    expect(await nameAt('2026-07-14T16:00:00Z')).toBe('Carol Night');
  });

  it('puts an override above every layer for its period, with who agreed it, and audits it', async () => {
    rota = await oncallOk<RotaView>(
      t,
      'addRotaOverride',
      {
        rotaId: rota.id,
        userId: w.dan.id,
        startsAt: '2026-12-01T18:00:00Z',
        endsAt: '2026-12-02T09:00:00Z',
        agreedByUserId: w.alice.id,
        reason: 'Swap: Alice at a family wedding',
      },
      w.eprrLead,
    );
    expect(rota.overrides.map((o) => [o.person.displayName, o.agreedBy.displayName])).toEqual([
      ['Dan Cover', 'Alice Silver'],
    ]);
    expect(await onCallAt('2026-12-01T20:00:00Z')).toMatchObject({
      source: 'OVERRIDE',
      person: { displayName: 'Dan Cover' },
    });
    expect(await nameAt('2026-12-02T09:00:00Z')).not.toBe('Dan Cover');
    const [event] = await t.dataSource.query<{ action: string; changes: { agreedBy: string } }[]>(
      `SELECT action, changes FROM audit_event WHERE entity_id = $1 AND action = 'oncall.override_added'`,
      [rota.id],
    );
    expect(event.changes.agreedBy).toBe(w.alice.id);
    rota = await oncallOk<RotaView>(t, 'cancelRotaOverride', { overrideId: rota.overrides[0].id }, w.admin);
    expect(rota.overrides).toEqual([]);
    expect(await onCallAt('2026-12-01T20:00:00Z')).toMatchObject({ source: 'LAYER' });
  });

  it('answers the deputy rota beside the primary', async () => {
    const deputy = await oncallOk<RotaView>(
      t,
      'createRota',
      { organisationId: w.trust.id, duty: 'TACTICAL', deputy: true, name: 'Silver deputy' },
      w.admin,
    );
    await oncallOk(t, 'setRotaLayer', weekly(deputy.id, deputy.version, [w.dan.id]), w.admin);
    expect(await onCallAt('2026-11-03T10:00:00Z')).toMatchObject({
      person: { displayName: 'Bob Silver' },
      deputy: { displayName: 'Dan Cover' },
    });
  });

  it('refuses a second rota for the same duty, participants from elsewhere and a stale version', async () => {
    const dup = await oncallRequest(
      t,
      'createRota',
      { organisationId: w.trust.id, duty: 'TACTICAL', name: 'Again' },
      w.admin,
    );
    expect(errorCode(dup)).toBe('CONFLICT');
    const outsider = await oncallRequest(t, 'setRotaLayer', weekly(rota.id, rota.version, [w.stranger.id]), w.admin);
    expect(errorCode(outsider)).toBe('BAD_USER_INPUT');
    const stale = await oncallRequest(t, 'setRotaLayer', weekly(rota.id, rota.version - 1, [w.alice.id]), w.admin);
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('shows rotas to the organisation and the ICB on-call, edits by admins and EPRR leads only, NOT_FOUND to others', async () => {
    for (const who of [w.alice, w.icbEprrLead, w.icbCommander]) {
      const rotas = await oncallOk<RotaView[]>(t, 'rotas', { organisationId: w.trust.id }, who);
      expect(rotas.map((r) => r.id)).toContain(rota.id);
    }
    for (const who of [w.stranger, w.icbViewer]) {
      expect(errorCode(await oncallRequest(t, 'rotas', { organisationId: w.trust.id }, who))).toBe('NOT_FOUND');
      expect(
        errorCode(await oncallRequest(t, 'onCallNow', { organisationId: w.trust.id, duty: 'TACTICAL' }, who)),
      ).toBe('NOT_FOUND');
    }
    const rename = { rotaId: rota.id, name: 'Mine', version: rota.version };
    expect(errorCode(await oncallRequest(t, 'renameRota', rename, w.stranger))).toBe('NOT_FOUND');
    for (const who of [w.icbEprrLead, w.commander]) {
      const res = await oncallRequest(t, 'renameRota', { rotaId: rota.id, name: 'Theirs', version: rota.version }, who);
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    const before = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM oncall_rota WHERE organisation_id = $1`,
      [w.other.id],
    );
    const refused = await oncallRequest(
      t,
      'createRota',
      { organisationId: w.other.id, duty: 'STRATEGIC', name: 'x' },
      w.eprrLead,
    );
    expect(errorCode(refused)).toBe('NOT_FOUND');
    const after = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM oncall_rota WHERE organisation_id = $1`,
      [w.other.id],
    );
    expect(after).toEqual(before);
  });
});
