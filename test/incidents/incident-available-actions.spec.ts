import { expect } from '@jest/globals';
import { errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import { act, attempt, createIncidentWorld, declaredIncident, IncidentWorld, report } from './incident-api';

const ACTIONS = `query ($id: ID!) { incident(id: $id) { availableActions { action summary to requires } } }`;

interface Option {
  action: string;
  summary: string;
  to: string | null;
  requires: string[];
}

describe('what a caller may do to an incident now (availableActions, from the transition table)', () => {
  let t: TestApp;
  let w: IncidentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentWorld(t);
  });
  afterAll(() => t.close());

  async function offered(id: string, who: TestUser): Promise<string[]> {
    const data = await t.gql.ok<{ incident: { availableActions: Option[] } }>(ACTIONS, { id }, { token: who.token });
    return data.incident.availableActions.map((o) => o.action);
  }

  it('offers a reported incident’s commander its next steps, a responder only the record, a viewer nothing', async () => {
    const i = await report(t, w.trust.id, w.responder);
    expect(await offered(i.id, w.commander)).toEqual([
      'STANDBY',
      'DECLARE',
      'CANCEL',
      'CHANGE_LEVEL',
      // COMMAND (roles, organisations) is its commander's or an ICB commander's: none holds it before the declaration.
      'RECORD',
      'DECIDE',
    ]);
    expect(await offered(i.id, w.responder)).toEqual(['RECORD']);
    expect(await offered(i.id, w.viewer)).toEqual([]);
    const data = await t.gql.ok<{ incident: { availableActions: Option[] } }>(
      ACTIONS,
      { id: i.id },
      { token: w.commander.token },
    );
    expect(data.incident.availableActions.find((o) => o.action === 'DECLARE')).toMatchObject({
      summary: 'declare',
      to: 'DECLARED',
    });
  });

  it('moves with the status: a declared incident offers CONTAIN, no longer DECLARE, and what is offered succeeds', async () => {
    const i = await declaredIncident(t, w);
    const actions = await offered(i.id, w.commander);
    expect(actions).toEqual(expect.arrayContaining(['CONTAIN', 'CANCEL', 'OPEN_COORDINATION_CENTRE', 'RECORD']));
    expect(actions).not.toContain('DECLARE');
    expect(actions).not.toContain('STANDBY');
    await act(t, 'containIncident', { id: i.id, version: i.version }, w.commander);
    expect(await offered(i.id, w.commander)).toEqual(expect.arrayContaining(['RECOVER']));
  });

  it('does not offer a second trust commander (not the incident’s) what only its commander or the ICB may do', async () => {
    const i = await declaredIncident(t, w);
    const actions = await offered(i.id, w.secondCommander);
    expect(actions).not.toContain('CONTAIN');
    expect(errorCode(await attempt(t, 'containIncident', { id: i.id, version: i.version }, w.secondCommander))).toBe(
      'FORBIDDEN',
    );
    expect(await offered(i.id, w.icbCommander)).toContain('CONTAIN');
  });

  it('offers declaring a system-wide incident to the ICB’s commander and not to the trust’s', async () => {
    const i = await report(t, w.trust.id, w.responder, { scope: 'SYSTEM_WIDE' });
    expect(await offered(i.id, w.commander)).not.toContain('DECLARE');
    expect(await offered(i.id, w.icbCommander)).toContain('DECLARE');
  });
});
