import { existsSync } from 'node:fs';
import { ReportDocumentsAudit } from '@muster/reporting';
import { startTestApp, TestApp, TestUser } from '@muster/testing';
import { createIgWorld, decide, IgWorld, openThread, personalDataIncident } from '../governance/ig-api';
import { act, METHANE } from '../incidents/incident-api';
import { contentOf, errorOf, fetchDocument, sha256 } from './documents-api';

const METHANE_OP = `mutation ($input: SubmitMethaneInput!) { submitMethane(input: $input) { id } }`;
const SITREP = `mutation ($input: SubmitSitRepInput!) { submitSitRep(input: $input) { id } }`;
const DECISION = `mutation ($input: RecordCommandDecisionInput!) { recordCommandDecision(input: $input) { id } }`;
const LESSON = `mutation ($input: RecordLessonInput!) { recordLesson(input: $input) { id } }`;
const ASSIGN = `mutation ($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`;

/** What only those who may see IG decision content may read (from the fixture's decision details). */
const IG_CONTENT = ['SECRET-RATIONALE', 'SECRET-CONSULTATION', 'UK GDPR Art. 33(1)', 'health records'];

const BROWSER = '/usr/bin/chromium';

const SECTIONS = ['overview', 'methane', 'sitreps', 'decisions', 'assignments', 'ig', 'lessons', 'timeline'];

describe('Incident report: one incident as its reader may see it, printable', () => {
  let t: TestApp;
  let w: IgWorld;
  let incidentId: string;
  let reference: string;

  const reportPath = (id: string, format = 'html') => `/reports/incidents/${id}.${format}`;
  const ok = async (query: string, input: Record<string, unknown>, who: TestUser) => {
    await t.gql.ok(query, { input }, { token: who.token });
  };
  const generations = (
    id: string,
  ): Promise<{ actor_id: string; incident_id: string | null; changes: { checksum: string } }[]> =>
    t.dataSource.query(
      `SELECT actor_id, incident_id, changes FROM audit_event WHERE action = $1 AND entity_id = $2 ORDER BY id DESC`,
      [ReportDocumentsAudit.incidentReportGenerated, id],
    );

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIgWorld(t);
    const reported = await personalDataIncident(t, w, 'Pathology <script>alert(1)</script> results exfiltrated');
    const declared = await act(t, 'declareIncident', { id: reported.id, version: reported.version }, w.commander);
    incidentId = declared.id;
    reference = declared.reference;
    await ok(
      METHANE_OP,
      { incidentId, methane: { ...METHANE, hazards: 'Spread <b>to</b> connected trusts' } },
      w.commander,
    );
    await ok(
      SITREP,
      {
        incidentId,
        template: 'TACTICAL',
        conditions: 'LIMS offline at both trusts',
        actions: 'Manual results by phone',
        needs: 'Mutual aid from the ICB',
      },
      w.commander,
    );
    await ok(
      DECISION,
      {
        incidentId,
        information: 'LIMS supplier confirms compromise',
        riskAssessment: 'Results delayed; risk to urgent care',
        powersAndPolicy: 'Business continuity plan',
        optionsConsidered: 'Isolate interface; continue manually',
        decision: 'Isolate the LIMS interface',
        rationale: 'Stops spread; the manual process is tested',
      },
      w.commander,
    );
    await ok(
      LESSON,
      {
        incidentId,
        whatHappened: 'Backups were on the same domain',
        whatToChange: 'Keep offline backups',
        ownerFunction: 'DIGITAL',
      },
      w.eprrLead,
    );
    await ok(
      ASSIGN,
      {
        organisationId: w.trust.id,
        assigneeId: w.responder.id,
        title: 'Restore the LIMS interface from clean backup',
        function: 'DIGITAL',
        source: { kind: 'MANUAL', incidentId },
      },
      w.commander,
    );
    const thread = await openThread(t, w.igOfficer, incidentId, w.trust.id, '2026-11-28T08:00:00Z');
    await decide(t, w.igOfficer, thread.id, 'ICO_ART33');
  });

  afterAll(() => t.close());

  it('has every section, in order, with the records of the incident', async () => {
    const doc = await fetchDocument(t, reportPath(incidentId), w.commander);
    expect(doc.status).toBe(200);
    expect(doc.contentType).toBe('text/html; charset=utf-8');
    const html = doc.text;
    const at = SECTIONS.map((s) => html.indexOf(`<section id="${s}">`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const section = (name: string) => {
      const i = SECTIONS.indexOf(name);
      return html.slice(at[i], i + 1 < at.length ? at[i + 1] : undefined);
    };

    expect(section('overview')).toContain(
      `${reference}: Pathology &lt;script&gt;alert(1)&lt;/script&gt; results exfiltrated`,
    );
    expect(section('overview')).toContain(w.trust2.name);
    expect(section('overview')).toMatch(/<th scope="row">Declared<\/th><td colspan="3">28 Nov 2026, 09:00 GMT<\/td>/);
    expect(section('methane')).toContain(METHANE.exactLocation);
    expect(section('methane')).toContain('Spread &lt;b&gt;to&lt;/b&gt; connected trusts');
    expect(section('sitreps')).toContain('SitRep 1 · Tactical · level 1');
    expect(section('sitreps')).toContain('<th scope="row">Needs</th><td>Mutual aid from the ICB</td>');
    expect(section('decisions')).toContain('Isolate the LIMS interface');
    expect(section('decisions')).toContain('Stops spread; the manual process is tested');
    expect(section('assignments')).toContain('Restore the LIMS interface from clean backup');
    expect(section('assignments')).toContain(w.trust.name);
    expect(section('ig')).toContain(w.trust.name);
    expect(section('ig')).toContain('ICO notification (UK GDPR Art. 33): <strong>Reportable</strong>');
    expect(section('lessons')).toContain('Keep offline backups');
    expect(section('timeline')).toMatch(/declared/i);
    expect(html).not.toMatch(/<script|<b>/i);

    // The commander of the incident reads the IG decision's content.
    for (const secret of IG_CONTENT) expect(section('ig')).toContain(secret);
  });

  it('never shows IG decision content to a reader who may not see it', async () => {
    // A responder of the lead trust, a responder and the IG officer of the affected trust (not the thread's).
    for (const who of [w.responder, w.responder2, w.igOfficer2, w.viewer]) {
      const doc = await fetchDocument(t, reportPath(incidentId), who);
      expect(doc.status).toBe(200);
      expect(doc.text).toContain('ICO notification (UK GDPR Art. 33): <strong>Reportable</strong>');
      expect(doc.text).toContain('class="hidden-note"');
      for (const secret of IG_CONTENT) expect(doc.text).not.toContain(secret);
    }
    // Their IG officer does.
    const own = await fetchDocument(t, reportPath(incidentId), w.igOfficer);
    for (const secret of IG_CONTENT) expect(own.text).toContain(secret);
    expect(own.text).not.toContain('class="hidden-note"');
  });

  it('records each generation with the checksum of what that reader got, off the incident timeline', async () => {
    const before = (await generations(incidentId)).length;
    const mine = await fetchDocument(t, reportPath(incidentId), w.responder);
    const theirs = await fetchDocument(t, reportPath(incidentId), w.igOfficer);
    const [igEvent, responderEvent] = await generations(incidentId);
    expect(await generations(incidentId)).toHaveLength(before + 2);
    expect(responderEvent).toMatchObject({ actor_id: w.responder.id, incident_id: null });
    expect(responderEvent.changes.checksum).toBe(sha256(contentOf(mine.text)));
    expect(igEvent.changes.checksum).toBe(sha256(contentOf(theirs.text)));
    expect(mine.checksumHeader).toBe(`sha256:${responderEvent.changes.checksum}`);
    expect(igEvent.changes.checksum).not.toBe(responderEvent.changes.checksum);
  });

  it('prints as PDF, several at once, with the server’s chromium', async () => {
    if (!existsSync(BROWSER)) {
      console.warn(`SKIPPED the PDF assertion: no browser at ${BROWSER} (apt-get install -y chromium)`);
      return;
    }
    const readers = [w.commander, w.responder, w.igOfficer, w.viewer];
    const pdfs = await Promise.all(readers.map((who) => fetchDocument(t, reportPath(incidentId, 'pdf'), who)));
    for (const pdf of pdfs) {
      expect(pdf.status).toBe(200);
      expect(pdf.contentType).toBe('application/pdf');
      expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  }, 60_000);

  it('answers NOT_FOUND to whoever may not see the incident, as for a missing one', async () => {
    const before = (await generations(incidentId)).length;
    const refused = await fetchDocument(t, reportPath(incidentId), w.stranger);
    expect(refused.status).toBe(404);
    expect(errorOf(refused).code).toBe('NOT_FOUND');
    expect((await fetchDocument(t, reportPath('00000000-0000-4000-8000-000000000000'), w.icbAuditor)).status).toBe(404);
    expect((await fetchDocument(t, reportPath(incidentId), null)).status).toBe(401);
    expect(await generations(incidentId)).toHaveLength(before);
    // The ICB's commander and an auditor see every incident.
    expect((await fetchDocument(t, reportPath(incidentId), w.icbCommander)).status).toBe(200);
    expect((await fetchDocument(t, reportPath(incidentId), w.icbAuditor)).status).toBe(200);
  });
});
