import { Assignment } from '@muster/assignments';
import { DECISION_TYPE_LABELS, IgDecision, IgThread } from '@muster/governance';
import { Incident, IncidentScene, SITREP_TEMPLATES, SitRepTemplate } from '@muster/incidents';
import { renderDocument, RenderedDocument } from '../document-shell';
import { enumWords, escapeHtml, londonDateTime, paragraphs } from '../html';
import {
  ReportDecision,
  ReportLesson,
  ReportMethane,
  ReportSitRep,
  ReportTimelineEntry,
} from './incident-report.store';

export interface ReportIgThread {
  thread: IgThread;
  /** Every decision as governance gave it to this reader: `content` null where it may not be seen. */
  decisions: IgDecision[];
}

/** Everything an incident report prints, as its reader may see it. */
export interface IncidentReportData {
  incident: Incident;
  scene: IncidentScene;
  generatedAt: Date;
  methane: ReportMethane[];
  sitReps: ReportSitRep[];
  decisions: ReportDecision[];
  lessons: ReportLesson[];
  timeline: { entries: ReportTimelineEntry[]; total: number };
  ig: ReportIgThread[];
  assignments: { list: Assignment[]; more: boolean; names: Map<string, string> };
}

const esc = escapeHtml;
const when = (at: Date | null | undefined) => esc(londonDateTime(at));
const none = (what: string) => `<p class="muted">${esc(what)}</p>`;

function overview(d: IncidentReportData): string {
  const i = d.incident;
  const affected = d.scene.affected.map((o) => o.name).join(', ');
  const roles = d.scene.holdings
    .map(
      (h) =>
        `<tr><td>${esc(enumWords(h.role))}${h.organisation ? ` (${esc(h.organisation.name)})` : ''}</td><td>${esc(h.holder?.displayName ?? 'unknown')}</td><td>${when(h.startedAt)}</td><td>${h.endedAt ? when(h.endedAt) : 'now'}</td></tr>`,
    )
    .join('\n');
  const times: [string, Date | null][] = [
    ['Reported', i.reportedAt],
    ['Declared', i.declaredAt],
    ['Contained', i.containedAt],
    ['Recovery started', i.recoveredAt],
    ['Stood down', i.stoodDownAt],
    ['Cancelled', i.cancelledAt],
    ['Closed', i.closedAt],
  ];
  return `<section id="overview">
<p class="muted">Incident report · OFFICIAL-SENSITIVE</p>
<h1>${esc(i.reference)}: ${esc(i.title)}</h1>
<p class="small">Generated ${when(d.generatedAt)} (Europe/London), showing what its reader may see.</p>
<table><tbody>
<tr><th scope="row">Status</th><td>${esc(enumWords(i.status))}</td><th scope="row">Level</th><td>${i.level}</td></tr>
<tr><th scope="row">Category</th><td>${esc(enumWords(i.category))}</td><th scope="row">EPRR type</th><td>${esc(enumWords(i.type))}</td></tr>
<tr><th scope="row">Lead organisation</th><td>${esc(d.scene.lead?.name ?? '–')}</td><th scope="row">Affected</th><td>${esc(affected || '–')}</td></tr>
<tr><th scope="row">Scope</th><td>${esc(enumWords(i.scope))}</td><th scope="row">Personal data</th><td>${i.personalDataInvolved ? 'Involved' : 'Not involved'}</td></tr>
${times
  .filter(([, at]) => at)
  .map(([label, at]) => `<tr><th scope="row">${label}</th><td colspan="3">${when(at)}</td></tr>`)
  .join('\n')}
</tbody></table>
${i.description ? `<p>${paragraphs(i.description)}</p>` : ''}
${i.cancellationReason ? `<p><strong>Cancelled:</strong> ${paragraphs(i.cancellationReason)}</p>` : ''}
<h3>Command roles</h3>
${roles ? `<table><thead><tr><th>Role</th><th>Held by</th><th>From</th><th>To</th></tr></thead><tbody>${roles}</tbody></table>` : none('No command role was assigned.')}
</section>`;
}

function methane(d: IncidentReportData): string {
  const [m] = d.methane;
  const body = m
    ? `<p class="small">Revision ${m.revision} of ${d.methane.length}, submitted ${when(m.submittedAt)} by ${esc(m.submittedByName ?? 'unknown')}.</p>
<table><tbody>
<tr><th scope="row">M — Major incident declared</th><td>${m.majorIncidentDeclared ? 'Yes' : 'No'}</td></tr>
<tr><th scope="row">E — Exact location</th><td>${paragraphs(m.exactLocation)}</td></tr>
<tr><th scope="row">T — Type of incident</th><td>${paragraphs(m.typeOfIncident)}</td></tr>
<tr><th scope="row">H — Hazards</th><td>${paragraphs(m.hazards)}</td></tr>
<tr><th scope="row">A — Access</th><td>${paragraphs(m.access)}</td></tr>
<tr><th scope="row">N — Number of casualties</th><td>${paragraphs(m.numberOfCasualties)}</td></tr>
<tr><th scope="row">E — Emergency services</th><td>${paragraphs(m.emergencyServices)}</td></tr>
</tbody></table>`
    : none('No METHANE report was submitted.');
  return `<section id="methane"><h2>METHANE</h2>\n${body}\n</section>`;
}

function sitReps(d: IncidentReportData): string {
  const body = d.sitReps
    .map((s) => {
      const spec = SITREP_TEMPLATES[s.template as SitRepTemplate] ?? [];
      const rows = spec.map(
        (f) => `<tr><th scope="row">${esc(f.label)}</th><td>${paragraphs(s.fields[f.name] ?? '')}</td></tr>`,
      );
      return `<h3>SitRep ${s.sequence} · ${esc(enumWords(s.template))} · level ${s.level}</h3>
<p class="small">Submitted ${when(s.submittedAt)} by ${esc(s.submittedByName ?? 'unknown')}.</p>
<table><tbody>${rows.join('')}</tbody></table>`;
    })
    .join('\n');
  return `<section id="sitreps"><h2>SitReps</h2>\n${body || none('No SitRep was submitted.')}\n</section>`;
}

function decisions(d: IncidentReportData): string {
  const index = new Map(d.decisions.map((x, n) => [x.id, n + 1]));
  const body = d.decisions
    .map(
      (x, n) => `<h3>Decision ${n + 1} · ${when(x.decidedAt)} · ${esc(x.decidedByName ?? 'unknown')}</h3>
${x.revisitsDecisionId ? `<p class="small">Revisits decision ${index.get(x.revisitsDecisionId) ?? '?'}.</p>` : ''}
<table><tbody>
<tr><th scope="row">Decision</th><td>${paragraphs(x.decision)}</td></tr>
<tr><th scope="row">Rationale</th><td>${paragraphs(x.rationale)}</td></tr>
<tr><th scope="row">Information</th><td>${paragraphs(x.information)}</td></tr>
<tr><th scope="row">Risk assessment</th><td>${paragraphs(x.riskAssessment)}</td></tr>
<tr><th scope="row">Powers and policy</th><td>${paragraphs(x.powersAndPolicy)}</td></tr>
<tr><th scope="row">Options considered</th><td>${paragraphs(x.optionsConsidered)}</td></tr>
<tr><th scope="row">Review</th><td>${when(x.reviewAt)}</td></tr>
</tbody></table>`,
    )
    .join('\n');
  return `<section id="decisions"><h2>Command decisions</h2>\n${body || none('No command decision was recorded.')}\n</section>`;
}

function assignments(d: IncidentReportData): string {
  const { list, more, names } = d.assignments;
  const name = (id: string | null) => (id ? esc(names.get(id) ?? '–') : '–');
  const rows = list
    .map(
      (a) =>
        `<tr><td>${esc(a.title)}</td><td>${esc(enumWords(a.function))}</td><td>${name(a.organisationId)}${a.teamId ? ` / ${name(a.teamId)}` : ''}</td><td>${name(a.assigneeUserId)}</td><td>${esc(enumWords(a.status))}</td><td>${when(a.dueAt)}</td><td>${when(a.closedAt)}</td></tr>`,
    )
    .join('\n');
  return `<section id="assignments"><h2>Assignments</h2>
${
  rows
    ? `<table><thead><tr><th>Assignment</th><th>Function</th><th>Organisation / team</th><th>Assignee</th><th>Status</th><th>Due</th><th>Closed</th></tr></thead><tbody>
${rows}
</tbody></table>${more ? `<p class="muted">Only the first ${list.length} assignments are listed.</p>` : ''}`
    : none('No assignment of this incident is visible to you.')
}
</section>`;
}

function igDecision(x: IgDecision): string {
  const head = `${esc(DECISION_TYPE_LABELS[x.type] ?? x.type)}: <strong>${esc(enumWords(x.outcome))}</strong>, decided ${when(x.decidedAt)}${x.reviewAt ? `, review ${when(x.reviewAt)}` : ''}`;
  const c = x.content;
  if (!c) return `<li>${head}</li>`;
  return `<li>${head} by ${esc(c.decidedBy.displayName)}
<table class="small"><tbody>
<tr><th scope="row">Data</th><td>${esc(c.dataCategories.join(', '))}; about ${c.approxDataSubjects} people, ${c.approxRecords} records${c.specialCategory ? '; special category' : ''}${c.childrenOrVulnerable ? '; children or vulnerable people' : ''}</td></tr>
<tr><th scope="row">Grading</th><td>likelihood ${c.likelihood} (${esc(c.likelihoodLabel)}), severity ${c.severity} (${esc(c.severityLabel)})</td></tr>
<tr><th scope="row">Rationale</th><td>${paragraphs(c.rationale)}</td></tr>
<tr><th scope="row">Legal basis</th><td>${paragraphs(c.legalBasis)}</td></tr>
<tr><th scope="row">Consulted</th><td>${esc(c.consulted.map(enumWords).join(', ') || '–')}${c.consultationNotes ? `<br>${paragraphs(c.consultationNotes)}` : ''}</td></tr>
${c.againstSuggestionReason ? `<tr><th scope="row">Against the DSPT suggestion</th><td>${paragraphs(c.againstSuggestionReason)}</td></tr>` : ''}
${c.supersedeReason ? `<tr><th scope="row">Supersedes an earlier decision</th><td>${paragraphs(c.supersedeReason)}</td></tr>` : ''}
</tbody></table></li>`;
}

function ig(d: IncidentReportData): string {
  const body = d.ig
    .map(({ thread: t, decisions: all }) => {
      const current = all.filter((x) => x.current);
      const superseded = all.length - current.length;
      return `<h3>${esc(t.organisation.name)}</h3>
<p>Aware ${esc(t.awarenessLondon)} · 72-hour deadline ${esc(t.deadlineLondon)} · <strong>${esc(enumWords(t.deadlineStatus))}</strong></p>
${t.contentVisible ? '' : '<p class="hidden-note">The content of these IG decisions (data involved, grading, rationale, legal basis, consultations) is not shown: only the organisation\'s IG officers, the incident\'s commander and IG lead, auditors and system administrators may see it.</p>'}
${current.length ? `<ul>${current.map(igDecision).join('\n')}</ul>` : none('No decision recorded yet.')}
${superseded ? `<p class="small muted">${superseded} earlier decision(s) superseded.</p>` : ''}`;
    })
    .join('\n');
  return `<section id="ig"><h2>Information governance position</h2>\n${body || none('No IG thread was opened for this incident.')}\n</section>`;
}

function lessons(d: IncidentReportData): string {
  const rows = d.lessons
    .map(
      (l) =>
        `<tr><td>${paragraphs(l.whatHappened)}</td><td>${paragraphs(l.whatToChange)}</td><td>${esc(enumWords(l.ownerFunction))}</td><td>${when(l.recordedAt)}<br>${esc(l.recordedByName ?? '')}</td></tr>`,
    )
    .join('\n');
  return `<section id="lessons"><h2>Lessons identified</h2>
${rows ? `<table><thead><tr><th>What happened</th><th>What to change</th><th>Owner</th><th>Recorded</th></tr></thead><tbody>${rows}</tbody></table>` : none('No lesson was recorded.')}
</section>`;
}

function timeline(d: IncidentReportData): string {
  const { entries, total } = d.timeline;
  const rows = entries
    .map((e) => `<tr><td>${when(e.occurredAt)}</td><td>${esc(e.summary)}</td><td>${esc(e.actorLabel)}</td></tr>`)
    .join('\n');
  return `<section id="timeline"><h2>Timeline</h2>
${rows ? `<table class="small"><thead><tr><th>When</th><th>What</th><th>Who</th></tr></thead><tbody>${rows}</tbody></table>` : none('The timeline is empty.')}
${total > entries.length ? `<p class="muted">The first ${entries.length} of ${total} entries are printed; the rest are in the API's timeline.</p>` : ''}
</section>`;
}

/** The incident report as one self-contained printable HTML document, with its checksum. */
export function renderIncidentReport(d: IncidentReportData): RenderedDocument {
  const content = [
    overview(d),
    methane(d),
    sitReps(d),
    decisions(d),
    assignments(d),
    ig(d),
    lessons(d),
    timeline(d),
  ].join('\n');
  return renderDocument(
    `${d.incident.reference} incident report — ${londonDateTime(d.generatedAt)}`,
    `${d.incident.reference} incident report as at ${londonDateTime(d.generatedAt)}`,
    content,
  );
}
