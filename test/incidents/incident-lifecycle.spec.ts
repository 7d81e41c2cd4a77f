import { expect } from '@jest/globals';
import { errorCode, startTestApp, TestApp } from '@muster/testing';
import {
  act,
  attempt,
  auditActions,
  createIncidentWorld,
  declaredIncident,
  getIncident,
  IncidentWorld,
  METHANE,
  report,
} from './incident-api';

describe('incident lifecycle over GraphQL', () => {
  let t: TestApp;
  let w: IncidentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentWorld(t);
  });
  afterAll(() => t.close());

  it('reports with a gap-free reference of the year and records incident.reported with the incident id', async () => {
    const a = await report(t, w.trust.id, w.responder);
    const b = await report(t, w.trust.id, w.igOfficer, { title: 'Phishing wave', category: 'ACCOUNT_COMPROMISE' });
    expect(a.reference).toMatch(/^INC-2026-\d{4}$/);
    expect(Number(b.reference.slice(-4))).toBe(Number(a.reference.slice(-4)) + 1);
    expect(a).toMatchObject({
      status: 'REPORTED',
      level: 1,
      type: 'BUSINESS_CONTINUITY',
      scope: 'ORGANISATION',
      version: 1,
      reportedBy: { id: w.responder.id },
    });
    expect(await auditActions(t, a.id)).toEqual(['incident.reported']);
  });

  it('refuses reporting to a viewer (FORBIDDEN) and to another organisation (NOT_FOUND), writing nothing', async () => {
    const before = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM incident`);
    expect(
      errorCode(
        await attempt(
          t,
          'reportIncident',
          { organisationId: w.trust.id, title: 'x title', category: 'DDOS' },
          w.viewer,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await attempt(
          t,
          'reportIncident',
          { organisationId: w.icb.id, title: 'x title', category: 'DDOS' },
          w.responder,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM incident`)).toEqual(before);
  });

  it('walks REPORTED → STANDBY → DECLARED → CONTAINED → RECOVERING → STOOD_DOWN → CLOSED, the declarer holding command', async () => {
    let i = await report(t, w.trust.id, w.responder);
    i = await act(t, 'standbyIncident', { id: i.id, version: i.version }, w.commander);
    expect(i.status).toBe('STANDBY');
    i = await act(t, 'declareIncident', { id: i.id, version: i.version }, w.commander);
    expect(i).toMatchObject({
      status: 'DECLARED',
      commander: { id: w.commander.id },
      declaredBy: { id: w.commander.id },
    });
    expect(i.roles.map((r) => r.role)).toEqual(['COMMANDER']);
    i = await act(t, 'containIncident', { id: i.id, version: i.version }, w.commander);
    i = await act(t, 'recoverIncident', { id: i.id, version: i.version }, w.commander);
    // Only the commander stands it down: another commander of the trust may not.
    expect(errorCode(await attempt(t, 'standDownIncident', { id: i.id, version: i.version }, w.secondCommander))).toBe(
      'FORBIDDEN',
    );
    i = await act(t, 'standDownIncident', { id: i.id, version: i.version }, w.commander);
    expect(i.status).toBe('STOOD_DOWN');
    // A declared incident closes only with a lesson identified.
    const refused = await attempt(t, 'closeIncident', { id: i.id, version: i.version }, w.commander);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toMatch(/lesson/);
    expect(await auditActions(t, i.id)).toEqual([
      'incident.reported',
      'incident.standby',
      'incident.role_assigned',
      'incident.declared',
      'incident.contained',
      'incident.recovering',
      'incident.stood_down',
    ]);
  });

  it('cancels with a reason from REPORTED, STANDBY or DECLARED, then closes without lessons', async () => {
    const i = await report(t, w.trust.id, w.responder);
    expect(
      errorCode(await attempt(t, 'cancelIncident', { id: i.id, version: i.version, reason: '' }, w.commander)),
    ).toBe('BAD_USER_INPUT');
    const cancelled = await act(
      t,
      'cancelIncident',
      { id: i.id, version: i.version, reason: 'False alarm: SIEM rule misfired' },
      w.commander,
    );
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'False alarm: SIEM rule misfired' });
    const closed = await act(t, 'closeIncident', { id: i.id, version: cancelled.version }, w.commander);
    expect(closed.status).toBe('CLOSED');
    const declared = await declaredIncident(t, w);
    expect(
      (
        await act(
          t,
          'cancelIncident',
          { id: declared.id, version: declared.version, reason: 'Declaration withdrawn' },
          w.commander,
        )
      ).status,
    ).toBe('CANCELLED');
  });

  it('refuses every transition from the wrong state with CONFLICT and changes nothing', async () => {
    const i = await report(t, w.trust.id, w.responder);
    for (const op of ['containIncident', 'recoverIncident', 'standDownIncident', 'closeIncident'] as const) {
      const res = await attempt(t, op, { id: i.id, version: i.version }, w.commander);
      expect([op, errorCode(res)]).toEqual([op, 'CONFLICT']);
    }
    expect(await getIncident(t, i.id, w.commander)).toMatchObject({ status: 'REPORTED', version: 1 });
    expect(await auditActions(t, i.id)).toEqual(['incident.reported']);
  });

  it('lets only incident commanders move an incident: others FORBIDDEN, nothing written', async () => {
    const i = await report(t, w.trust.id, w.responder);
    for (const who of [w.responder, w.viewer, w.igOfficer, w.eprrLead, w.orgAdmin, w.icbEprrLead]) {
      for (const op of ['standbyIncident', 'declareIncident'] as const) {
        expect(errorCode(await attempt(t, op, { id: i.id, version: i.version }, who))).toBe('FORBIDDEN');
      }
    }
    expect(await auditActions(t, i.id)).toEqual(['incident.reported']);
  });

  it('needs METHANE to declare a major incident, and an ICB commander for level 2 or system-wide', async () => {
    const i = await report(t, w.trust.id, w.responder);
    const noMethane = await attempt(t, 'declareIncident', { id: i.id, version: i.version, type: 'MAJOR' }, w.commander);
    expect(errorCode(noMethane)).toBe('BAD_USER_INPUT');
    expect(noMethane.errors?.[0].extensions?.fields).toEqual([
      { field: 'methane', message: expect.stringMatching(/METHANE/) },
    ]);
    expect(
      errorCode(await attempt(t, 'declareIncident', { id: i.id, version: i.version, level: 2 }, w.commander)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await attempt(t, 'declareIncident', { id: i.id, version: i.version, scope: 'SYSTEM_WIDE' }, w.commander),
      ),
    ).toBe('FORBIDDEN');
    expect(await auditActions(t, i.id)).toEqual(['incident.reported']);
    const declared = await act(
      t,
      'declareIncident',
      { id: i.id, version: i.version, type: 'MAJOR', level: 2, scope: 'SYSTEM_WIDE', methane: METHANE },
      w.icbCommander,
    );
    expect(declared).toMatchObject({
      status: 'DECLARED',
      type: 'MAJOR',
      level: 2,
      scope: 'SYSTEM_WIDE',
      commander: { id: w.icbCommander.id },
      counts: { methaneRevisions: 1 },
    });
  });

  it('changes level and type with a reason; once declared, level 2+ needs an ICB commander', async () => {
    const i = await declaredIncident(t, w);
    expect(
      errorCode(
        await attempt(
          t,
          'changeIncidentLevel',
          { id: i.id, version: i.version, level: 2, reason: 'Spreading' },
          w.commander,
        ),
      ),
    ).toBe('FORBIDDEN');
    const raised = await act(
      t,
      'changeIncidentLevel',
      { id: i.id, version: i.version, level: 2, type: 'CRITICAL', reason: 'Spreading to the community trust' },
      w.icbCommander,
    );
    expect(raised).toMatchObject({ level: 2, type: 'CRITICAL', version: i.version + 1 });
    const lowered = await act(
      t,
      'changeIncidentLevel',
      { id: i.id, version: raised.version, level: 1, reason: 'Contained locally' },
      w.commander,
    );
    expect(lowered.level).toBe(1);
    const [event] = await t.dataSource.query<{ summary: string; changes: unknown }[]>(
      `SELECT summary, changes FROM audit_event WHERE incident_id = $1 AND action = 'incident.level_changed' ORDER BY id LIMIT 1`,
      [i.id],
    );
    expect(event.summary).toMatch(/level 1 → 2, type business continuity → critical: Spreading to the community trust/);
  });

  it('answers a stale version with CONFLICT and changes nothing', async () => {
    const i = await declaredIncident(t, w);
    const res = await attempt(t, 'containIncident', { id: i.id, version: i.version - 1 }, w.commander);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/changed by someone else/);
    expect((await getIncident(t, i.id, w.commander)).version).toBe(i.version);
  });

  it('finds an incident by reference', async () => {
    const i = await report(t, w.trust.id, w.responder);
    const found = await t.gql.ok<{ incidentByReference: { id: string } }>(
      `query ($r: String!) { incidentByReference(reference: $r) { id } }`,
      { r: i.reference },
      { token: w.viewer.token },
    );
    expect(found.incidentByReference.id).toBe(i.id);
  });
});
