import { errorCode, startTestApp, TestApp } from '@muster/testing';
import { createIgWorld, decide, details, igRequest, IgWorld, openThread, personalDataIncident } from './ig-api';

/** Concurrent changes of one thread queue on its lock: one correction wins, phases never collide. */
describe('IG decision log under concurrent changes', () => {
  let t: TestApp;
  let w: IgWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIgWorld(t);
  });
  afterAll(() => t.close());

  it('lets exactly one of three simultaneous corrections supersede a decision, and one first decision per type', async () => {
    const i = await personalDataIncident(t, w);
    const th = await openThread(t, w.igOfficer, i.id, w.trust.id, '2026-11-27T12:00:00Z');
    const firsts = await Promise.all(
      [1, 2, 3].map(() =>
        igRequest(t, 'recordIgDecision', { threadId: th.id, type: 'DSPT_REPORT', decision: details() }, w.igOfficer),
      ),
    );
    expect(firsts.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);

    const d = await decide(t, w.igOfficer, th.id, 'ICO_ART33');
    const corrections = await Promise.all(
      ['Numbers revised upwards', 'Numbers revised downwards', 'Children among the subjects'].map((reason) =>
        igRequest(t, 'supersedeIgDecision', { decisionId: d.id, reason, decision: details() }, w.igOfficer),
      ),
    );
    expect(corrections.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ig_decision WHERE supersedes_decision_id = $1`,
      [d.id],
    );
    expect(n).toBe(1);
  });

  it('numbers simultaneous further submissions one phase each', async () => {
    const i = await personalDataIncident(t, w);
    const th = await openThread(t, w.igOfficer, i.id, w.trust.id, '2026-11-27T12:00:00Z');
    await decide(t, w.igOfficer, th.id, 'ICO_ART33');
    const sent = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        igRequest<{ recordIgNotification: { phase: number } }>(
          t,
          'recordIgNotification',
          { threadId: th.id, recipient: 'ICO', externalReference: 'ICO-77', details: `Submission ${n}` },
          w.igOfficer,
        ),
      ),
    );
    expect(sent.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(sent.map((r) => r.data?.recordIgNotification.phase).sort()).toEqual([1, 2, 3, 4]);
  });
});
