import { errorCode, startTestApp, TestApp } from '@muster/testing';
import { act, attempt, report } from '../incidents/incident-api';
import { createIgWorld, decide, details, igOk, IgWorld, openThread, personalDataIncident } from './ig-api';

/**
 * The incidents' closure check registered by governance: an incident with personal data
 * involved closes only when each of its organisations has a thread with a current decision,
 * none of them deferred pending facts.
 */
describe('closing an incident with personal data involved', () => {
  let t: TestApp;
  let w: IgWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIgWorld(t);
  });
  afterAll(() => t.close());

  it('waits for a current IG decision of every affected organisation', async () => {
    const reported = await personalDataIncident(t, w);
    let i = await act(
      t,
      'cancelIncident',
      { id: reported.id, version: reported.version, reason: 'Contained at once' },
      w.commander,
    );
    const close = () => attempt(t, 'closeIncident', { id: i.id, version: i.version }, w.commander);

    let refused = await close();
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toContain(
      `still needed for ${[w.trust.name, w.trust2.name].sort().join(', ')}`,
    );

    const mine = await openThread(t, w.igOfficer, i.id, w.trust.id, '2026-11-28T08:00:00Z');
    await decide(t, w.igOfficer, mine.id, 'ICO_ART33');
    const theirs = await openThread(t, w.igOfficer2, i.id, w.trust2.id, '2026-11-28T08:00:00Z');
    refused = await close();
    expect(refused.errors?.[0].message).toMatch(new RegExp(`still needed for ${w.trust2.name}$`));
    // A deferral is not yet a decision.
    const deferred = await decide(t, w.igOfficer2, theirs.id, 'ICO_ART33', {
      outcome: 'DEFERRED_PENDING_FACTS',
      reviewAt: '2026-11-29T09:00:00Z',
    });
    refused = await close();
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toContain(w.trust2.name);
    await igOk(
      t,
      'supersedeIgDecision',
      {
        decisionId: deferred.id,
        reason: 'Facts established: no personal data of ours left the supplier',
        decision: details({ outcome: 'NOT_REPORTABLE', likelihood: 1, severity: 1 }),
      },
      w.igOfficer2,
    );
    i = await act(t, 'closeIncident', { id: i.id, version: i.version }, w.commander);
    expect(i.status).toBe('CLOSED');
    // A closed incident takes no new thread.
    const late = await t.gql.request(
      `mutation ($input: OpenIgThreadInput!) { openIgThread(input: $input) { id } }`,
      { input: { incidentId: i.id, organisationId: w.trust.id, awarenessAt: '2026-11-28T08:00:00Z' } },
      { token: w.igOfficer.token },
    );
    expect(errorCode(late)).toBe('CONFLICT');
  });

  it('does not ask for IG decisions when no personal data is involved', async () => {
    const reported = await report(t, w.trust.id, w.responder, { title: 'Switch failure, no personal data' });
    const cancelled = await act(
      t,
      'cancelIncident',
      { id: reported.id, version: reported.version, reason: 'Fixed' },
      w.commander,
    );
    const closed = await act(t, 'closeIncident', { id: cancelled.id, version: cancelled.version }, w.commander);
    expect(closed.status).toBe('CLOSED');
  });
});
