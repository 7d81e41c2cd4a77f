import { existsSync } from 'node:fs';
import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { ReportDocumentsAudit } from '@muster/reporting';
import { createOrganisation, createUser, startTestApp, TestApp, TestUser } from '@muster/testing';
import {
  act,
  approvedRunbook,
  createRunbookOrg,
  draftWithSteps,
  step,
  submitAndApprove,
} from '../runbooks/runbook-api';
import { oncallOk, RotaView, weekly } from '../oncall/oncall-api';
import { contentOf, errorOf, fetchDocument, sha256 } from './documents-api';

const BROWSER = '/usr/bin/chromium';
const DESIGNATE = `mutation ($input: DesignationInput!) { designate(input: $input) { designation } }`;

type World = Awaited<ReturnType<typeof createRunbookOrg>>;

interface AuditRow {
  action: string;
  actor_id: string | null;
  summary: string;
  changes: { checksum: string; runbooks: { runbookId: string; versionNumber: number }[] };
}

describe('Grab pack: every approved runbook in force, as one printable document', () => {
  let t: TestApp;
  let w: World;
  let icbEprrLead: TestUser;
  let icbViewer: TestUser;
  let stranger: TestUser;
  let auditor: TestUser;
  let ransomwareId: string;
  let continuityId: string;

  const packPath = (organisationId: string, format = 'html') => `/reports/grab-pack/${organisationId}.${format}`;

  const generations = async (organisationId: string): Promise<AuditRow[]> =>
    t.dataSource.query(
      `SELECT action, actor_id, summary, changes FROM audit_event
        WHERE action = $1 AND entity_id = $2 ORDER BY id DESC`,
      [ReportDocumentsAudit.grabPackGenerated, organisationId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    w = await createRunbookOrg(t);
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    icbEprrLead = await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD }]);
    icbViewer = await createUser(t, [{ organisationId: icb.id, role: Role.VIEWER }]);
    const elsewhere = await createOrganisation(t);
    stranger = await createUser(t, [{ organisationId: elsewhere.id, role: Role.EPRR_LEAD }]);
    auditor = await createUser(t, [{ organisationId: elsewhere.id, role: Role.AUDITOR }]);

    // 1. Ransomware (hostile title and instructions): three steps, the second a designation counted from awareness.
    let ransomware = await act(
      t,
      'createRunbook',
      {
        organisationId: w.org.id,
        title: `Ransomware <script>alert('x')</script> response`,
        categories: ['RANSOMWARE'],
      },
      w.lead,
    );
    ransomware = await act(
      t,
      'addRunbookStep',
      {
        runbookId: ransomware.id,
        ...step('Isolate the network', {
          function: TeamFunction.CYBER_SOC,
          responsibleRole: Role.RESPONDER,
          targetMinutes: 30,
        }),
      },
      w.lead,
    );
    const isolate = ransomware.steps[0].id;
    ransomware = await act(
      t,
      'addRunbookStep',
      {
        runbookId: ransomware.id,
        title: 'Decide the ICO notification',
        designation: 'SIRO',
        clockAnchor: 'BREACH_AWARENESS',
        targetMinutes: 4320,
        dependsOn: [isolate],
      },
      w.lead,
    );
    ransomware = await act(
      t,
      'addRunbookStep',
      {
        runbookId: ransomware.id,
        ...step('Brief the executive', {
          targetMinutes: 120,
          instructions: 'Call the AEO <img src=x onerror=alert(1)>\nthen the ICB',
        }),
      },
      w.lead,
    );
    ransomwareId = (await submitAndApprove(t, ransomware.id, w.lead, w.secondLead)).id;

    // 2. Business continuity, approved, then being revised: the pack prints version 1.
    const continuity = await approvedRunbook(t, w.org.id, w.lead, w.secondLead, {
      title: 'Business continuity: EPR downtime',
      categories: ['IT_OUTAGE'],
    });
    continuityId = continuity.id;
    const revising = await act(t, 'reviseRunbook', { id: continuity.id }, w.lead);
    await act(t, 'updateRunbookStep', { stepId: revising.steps[0].id, title: 'CHANGED-IN-DRAFT' }, w.lead);

    // 3. A draft and 4. a retired runbook: neither is in force.
    await draftWithSteps(t, w.org.id, w.lead, 1, { title: 'Draft-only plan' });
    const retired = await approvedRunbook(t, w.org.id, w.lead, w.secondLead, { title: 'Retired plan' });
    await act(t, 'retireRunbook', { id: retired.id, reason: 'Replaced by the ransomware plan' }, w.lead);

    await t.gql.ok(
      DESIGNATE,
      { input: { organisationId: w.org.id, designation: 'SIRO', userId: w.igOfficer.id } },
      { token: w.lead.token },
    );
  });

  afterAll(() => t.close());

  it('prints a cover sheet, the contacts and every step of each runbook in force as an action card', async () => {
    const doc = await fetchDocument(t, packPath(w.org.id), w.viewer);
    expect(doc.status).toBe(200);
    expect(doc.contentType).toBe('text/html; charset=utf-8');
    const html = doc.text;

    // Cover: organisation, as-at time in Europe/London, the two runbooks in force by title.
    expect(html).toContain(w.org.name);
    expect(html).toContain('as at <strong>28 Nov 2026, 09:00 GMT</strong>');
    const cover = html.slice(html.indexOf('id="cover"'), html.indexOf('id="contacts"'));
    expect(cover.indexOf('Business continuity: EPR downtime')).toBeLessThan(cover.indexOf('Ransomware'));
    expect(cover).toMatch(
      /<td>1<\/td><td>Business continuity: EPR downtime<\/td><td>1<\/td><td>28 Nov 2026, 09:00 GMT<\/td><td>Test user [^<]+<\/td><td>28 Nov 2027<\/td>/,
    );

    // Only runbooks in force, as approved: not the draft, the retired one, or the revision's changes.
    expect(html).not.toContain('Draft-only plan');
    expect(html).not.toContain('Retired plan');
    expect(html).not.toContain('CHANGED-IN-DRAFT');
    expect(html).toContain('2.1 Isolate the network');
    expect(html.match(/<article class="card">/g)).toHaveLength(5); // 2 + 3 steps

    // Action cards: who, what, by when (from what), after what.
    const ico = html.slice(html.indexOf('2.2 Decide the ICO notification'));
    const card = ico.slice(0, ico.indexOf('</article>'));
    expect(card).toContain('<dt>Who</dt><dd>SIRO</dd>');
    expect(card).toContain('<dt>By when</dt><dd>Within 3 d of awareness of the breach</dd>');
    expect(card).toContain('<dt>After</dt><dd>2.1 Isolate the network</dd>');
    expect(html).toContain('<dt>Who</dt><dd>Responder — Cyber/SOC</dd>');
    expect(html).toContain('<dt>By when</dt><dd>Within 30 min of the declaration</dd>');

    // Contacts: the SIRO by name and email; the on-call rota's place, marked as not yet filled.
    const contacts = html.slice(html.indexOf('id="contacts"'), html.indexOf('id="runbook-1"'));
    expect(contacts).toContain(w.igOfficer.email);
    expect(contacts).toContain('<strong>Not designated</strong>');
    expect(contacts).toContain('id="on-call-rota"');
  });

  it('escapes user text and loads nothing from outside the document', async () => {
    const { text: html } = await fetchDocument(t, packPath(w.org.id), w.lead);
    expect(html).toContain('Ransomware &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; response');
    expect(html).toContain('Call the AEO &lt;img src=x onerror=alert(1)&gt;<br>then the ICB');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<(link|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain('@media print');
    expect(html).toContain('break-before:page');
  });

  it('prints a checksum of the content on every page and records the same checksum in the audit trail', async () => {
    const before = (await generations(w.org.id)).length;
    const doc = await fetchDocument(t, packPath(w.org.id), w.lead);
    const checksum = sha256(contentOf(doc.text));
    expect(doc.checksumHeader).toBe(`sha256:${checksum}`);
    expect(doc.text).toContain(`<footer class="doc-footer">`);
    expect(doc.text).toMatch(new RegExp(`<footer class="doc-footer">[^<]*SHA-256 ${checksum}</footer>`));
    expect(doc.text).toMatch(/\.doc-footer\{position:fixed;bottom:0/);

    const events = await generations(w.org.id);
    expect(events).toHaveLength(before + 1);
    const [latest] = events;
    expect(latest.actor_id).toBe(w.lead.id);
    expect(latest.changes.checksum).toBe(checksum);
    expect(latest.summary).toContain(checksum);
    expect(latest.changes.runbooks.map((r) => r.runbookId).sort()).toEqual([continuityId, ransomwareId].sort());
    expect(latest.changes.runbooks.every((r) => r.versionNumber === 1)).toBe(true);

    // The same content gives the same checksum; another time, another generation, another checksum.
    const again = await fetchDocument(t, packPath(w.org.id), w.lead);
    expect(again.checksumHeader).toBe(doc.checksumHeader);
    t.clock.set('2026-11-28T09:05:00Z');
    try {
      const later = await fetchDocument(t, packPath(w.org.id), w.lead);
      expect(later.checksumHeader).not.toBe(doc.checksumHeader);
    } finally {
      t.clock.set('2026-11-28T09:00:00Z');
    }
  });

  it("lets the organisation's members, the ICB's EPRR lead and system-wide roles in, and nobody else", async () => {
    for (const who of [w.viewer, w.igOfficer, icbEprrLead, auditor]) {
      expect((await fetchDocument(t, packPath(w.org.id), who)).status).toBe(200);
    }
    const before = (await generations(w.org.id)).length;
    for (const who of [icbViewer, stranger]) {
      const refused = await fetchDocument(t, packPath(w.org.id), who);
      expect(refused.status).toBe(404);
      expect(errorOf(refused)).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    }
    expect((await fetchDocument(t, packPath(w.org.id), null)).status).toBe(401);
    const missing = await fetchDocument(t, packPath('00000000-0000-4000-8000-000000000000'), auditor);
    expect(missing.status).toBe(404);
    const malformed = await fetchDocument(t, '/reports/grab-pack/not-an-id.html', w.lead);
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed).code).toBe('BAD_USER_INPUT');
    expect((await fetchDocument(t, `/reports/grab-pack/${w.org.id}.docx`, w.lead)).status).toBe(400);
    // Refusals generate nothing.
    expect(await generations(w.org.id)).toHaveLength(before);
  });

  it('prints the same document as PDF with the server’s chromium', async () => {
    if (!existsSync(BROWSER)) {
      console.warn(`SKIPPED the PDF assertion: no browser at ${BROWSER} (apt-get install -y chromium)`);
      return;
    }
    const before = (await generations(w.org.id)).length;
    const doc = await fetchDocument(t, packPath(w.org.id, 'pdf'), w.lead);
    expect(doc.status).toBe(200);
    expect(doc.contentType).toBe('application/pdf');
    expect(doc.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(doc.body.length).toBeGreaterThan(5_000);
    const [latest] = await generations(w.org.id);
    expect(doc.checksumHeader).toBe(`sha256:${latest.changes.checksum}`);
    expect(await generations(w.org.id)).toHaveLength(before + 1);
  }, 60_000);

  it('prints who is on call at the as-at time on each of the organisation’s rotas, and everyone on them', async () => {
    const rota = await oncallOk<RotaView>(
      t,
      'createRota',
      { organisationId: w.org.id, duty: 'TACTICAL', name: 'Silver commanders' },
      w.admin,
    );
    await oncallOk(
      t,
      'setRotaLayer',
      weekly(rota.id, rota.version, [w.igOfficer.id], { startsOn: '2026-01-05' }),
      w.admin,
    );
    const { text } = await fetchDocument(t, packPath(w.org.id), w.lead);
    const rotas = text.slice(text.indexOf('id="on-call-rota"'), text.indexOf('id="runbook-1"'));
    expect(rotas).toContain('Tactical (silver) on-call');
    expect(rotas).toContain('Silver commanders');
    expect(rotas).toContain(`&lt;${w.igOfficer.email}&gt;`);
    expect(rotas).not.toContain('keeps no on-call rota');
  });

  it('answers 503 for a PDF when no browser is configured, and still serves the HTML', async () => {
    const bare = await startTestApp({ env: { REPORT_BROWSER_PATH: '/nonexistent/chromium' } });
    try {
      const lead = await createUser(bare, [{ organisationId: w.org.id, role: Role.EPRR_LEAD }]);
      const before = (await generations(w.org.id)).length;
      const pdf = await fetchDocument(bare, packPath(w.org.id, 'pdf'), lead);
      expect(pdf.status).toBe(503);
      expect(errorOf(pdf)).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        message: expect.stringContaining('apt-get install -y chromium') as string,
        fields: [],
      });
      expect(await generations(w.org.id)).toHaveLength(before);
      expect((await fetchDocument(bare, packPath(w.org.id), lead)).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
