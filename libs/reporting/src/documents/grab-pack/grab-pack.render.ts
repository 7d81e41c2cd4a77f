import { Designation, designationWords, functionWords } from '@muster/identity';
import { RunbookVersionStep, StepClockAnchor } from '@muster/runbooks';
import { renderDocument, RenderedDocument } from '../document-shell';
import { duration, enumWords, escapeHtml, londonDate, londonDateTime, paragraphs } from '../html';
import { PackOrganisation, PackRota, PackRunbook } from './grab-pack.store';

export interface PackContact {
  displayName: string;
  email: string;
  active: boolean;
}

export interface PackDesignation {
  designation: Designation;
  holders: PackContact[];
}

/** Everything a grab pack prints, read at `asAt`. */
export interface GrabPackData {
  organisation: PackOrganisation;
  asAt: Date;
  runbooks: PackRunbook[];
  designations: PackDesignation[];
  rotas: PackRota[];
}

const DUTY_WORDS: Partial<Record<string, string>> = {
  STRATEGIC: 'Strategic (gold) on-call',
  TACTICAL: 'Tactical (silver) on-call',
  OPERATIONAL: 'Operational (bronze) on-call',
  IG: 'Information governance on-call',
  CYBER_SOC: 'Cyber/SOC on-call',
  EPRR: 'EPRR on-call',
};

function onCall(rotas: PackRota[], asAt: Date): string {
  if (!rotas.length)
    return `<div class="placeholder" id="on-call-rota"><p><strong>The organisation keeps no on-call rota in Muster.</strong> Use the designations above and the organisation's own printed rota. Write the numbers here:</p>
<table><thead><tr><th>Duty</th><th>Name</th><th>Telephone</th></tr></thead><tbody>
<tr><td>Strategic (gold)</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Tactical (silver)</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Operational (bronze)</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</tbody></table></div>`;
  const rows = rotas
    .map((r) => {
      const duty = `${escapeHtml(DUTY_WORDS[r.duty] ?? r.duty)}${r.deputy ? ' — deputy' : ''}`;
      const now = r.onCallName
        ? `${escapeHtml(r.onCallName)} &lt;${escapeHtml(r.onCallEmail ?? '')}&gt;`
        : '<strong>Nobody</strong>';
      const people = r.people.map((p) => `${escapeHtml(p.name)} &lt;${escapeHtml(p.email)}&gt;`).join('<br>');
      return `<tr><th scope="row">${duty}<br><span class="small muted">${escapeHtml(r.rotaName)}</span></th><td>${now}</td><td>${people}</td><td>&nbsp;</td></tr>`;
    })
    .join('\n');
  return `<div id="on-call-rota"><p class="small">On call at ${escapeHtml(londonDateTime(asAt))}; the rota changes at its handovers — check Muster when it is back.</p>
<table><thead><tr><th>Duty</th><th>On call at the as-at time</th><th>On the rota</th><th>Telephone</th></tr></thead><tbody>
${rows}
</tbody></table></div>`;
}

const ROLE_WORDS: Partial<Record<string, string>> = {
  INCIDENT_COMMANDER: 'Incident commander',
  IG_OFFICER: 'IG officer',
  EPRR_LEAD: 'EPRR lead',
  RESPONDER: 'Responder',
  ORG_ADMIN: 'Organisation admin',
};

/** Who carries a step out, in words: the designation, or the role within its function. */
export function stepWho(step: Pick<RunbookVersionStep, 'designation' | 'function' | 'responsibleRole'>): string {
  const designation = step.designation ?? null;
  if (designation) return designationWords(designation);
  const role = (step.responsibleRole && ROLE_WORDS[step.responsibleRole]) ?? enumWords(step.responsibleRole);
  return step.function ? `${role} — ${functionWords(step.function)}` : role;
}

/** By when, counted from what: "Within 1 h of the declaration". */
export function stepByWhen(step: Pick<RunbookVersionStep, 'targetMinutes' | 'clockAnchor'>): string {
  if (step.targetMinutes === null || step.targetMinutes === undefined) return 'No target time';
  const from =
    (step.clockAnchor ?? StepClockAnchor.DECLARATION) === StepClockAnchor.BREACH_AWARENESS
      ? 'awareness of the breach'
      : 'the declaration';
  return `Within ${duration(step.targetMinutes)} of ${from}`;
}

function card(runbookIndex: number, step: RunbookVersionStep, byId: Map<string, RunbookVersionStep>): string {
  const deps = step.dependsOn
    .map((id) => byId.get(id))
    .filter((d): d is RunbookVersionStep => d !== undefined)
    .map((d) => `${runbookIndex}.${d.position} ${escapeHtml(d.title)}`);
  return `<article class="card">
<header><span>${runbookIndex}.${step.position} ${escapeHtml(step.title)}</span>${step.mandatory ? '<span class="tag">Mandatory</span>' : '<span class="tag">Optional</span>'}</header>
<dl>
<dt>Who</dt><dd>${escapeHtml(stepWho(step))}</dd>
<dt>What</dt><dd>${step.instructions ? paragraphs(step.instructions) : '<span class="muted">As titled</span>'}</dd>
<dt>By when</dt><dd>${escapeHtml(stepByWhen(step))}</dd>
<dt>After</dt><dd>${deps.length ? deps.join('<br>') : '<span class="muted">No dependency: start on declaration</span>'}</dd>
<dt>Done</dt><dd>☐ Time ______ Initials ______</dd>
</dl>
</article>`;
}

/** The steps of one runbook, grouped by who carries them out (first appearance order), each an action card. */
function runbookSection(index: number, r: PackRunbook): string {
  const steps = [...r.steps].sort((a, b) => a.position - b.position);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const groups = new Map<string, RunbookVersionStep[]>();
  for (const s of steps) groups.set(stepWho(s), [...(groups.get(stepWho(s)) ?? []), s]);
  const cards = [...groups.entries()]
    .map(([who, list]) => `<h3>${escapeHtml(who)}</h3>\n${list.map((s) => card(index, s, byId)).join('\n')}`)
    .join('\n');
  return `<section class="runbook" id="runbook-${index}">
<h2>${index}. ${escapeHtml(r.title)} <span class="small muted">version ${r.versionNumber}</span></h2>
${r.description ? `<p>${paragraphs(r.description)}</p>` : ''}
<p class="small">Approved ${escapeHtml(londonDateTime(r.approvedAt))} by ${escapeHtml(r.approvedByName ?? 'unknown')} · next review ${escapeHtml(londonDate(r.nextReviewAt))} · categories: ${escapeHtml(r.categories.map(enumWords).join(', ') || '–')} · ${steps.length} step${steps.length === 1 ? '' : 's'}</p>
${cards || '<p class="muted">This version has no steps.</p>'}
</section>`;
}

function contacts(designations: PackDesignation[], rotas: PackRota[], asAt: Date): string {
  const rows = designations
    .map((d) => {
      const holders = d.holders.length
        ? d.holders
            .map((h) => `${escapeHtml(h.displayName)} &lt;${escapeHtml(h.email)}&gt;${h.active ? '' : ' (inactive)'}`)
            .join('<br>')
        : '<strong>Not designated</strong>';
      return `<tr><th scope="row">${escapeHtml(designationWords(d.designation))}</th><td>${holders}</td></tr>`;
    })
    .join('\n');
  return `<section id="contacts">
<h2>Contacts</h2>
<h3>Designations</h3>
<table><thead><tr><th>Designation</th><th>Held by</th></tr></thead><tbody>
${rows}
</tbody></table>
<h3>On-call rotas</h3>
${onCall(rotas, asAt)}
</section>`;
}

function cover(data: GrabPackData): string {
  const rows = data.runbooks
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(r.title)}</td><td>${r.versionNumber}</td><td>${escapeHtml(londonDateTime(r.approvedAt))}</td><td>${escapeHtml(r.approvedByName ?? 'unknown')}</td><td>${escapeHtml(londonDate(r.nextReviewAt))}</td></tr>`,
    )
    .join('\n');
  return `<section class="cover" id="cover">
<p class="muted">Grab pack · OFFICIAL-SENSITIVE when printed</p>
<h1>${escapeHtml(data.organisation.name)}</h1>
<p>ODS code ${escapeHtml(data.organisation.odsCode)} · as at <strong>${escapeHtml(londonDateTime(data.asAt))}</strong> (Europe/London)</p>
<p>Every approved runbook in force at that time, each step as an action card for the role that carries it out. Keep a printed copy where you can reach it without the network; the checksum in the footer of every page matches the generation recorded in the audit trail.</p>
<h2>Runbooks in force</h2>
${
  data.runbooks.length
    ? `<table><thead><tr><th>#</th><th>Runbook</th><th>Version</th><th>Approved</th><th>Approved by</th><th>Next review</th></tr></thead><tbody>
${rows}
</tbody></table>`
    : '<p><strong>This organisation has no approved runbook in force.</strong></p>'
}
</section>`;
}

/** The grab pack as one self-contained printable HTML document, with its checksum. */
export function renderGrabPack(data: GrabPackData): RenderedDocument {
  const content = [
    cover(data),
    contacts(data.designations, data.rotas, data.asAt),
    ...data.runbooks.map((r, i) => runbookSection(i + 1, r)),
  ].join('\n');
  return renderDocument(
    `Grab pack — ${data.organisation.name} — ${londonDateTime(data.asAt)}`,
    `Grab pack ${data.organisation.name} as at ${londonDateTime(data.asAt)}`,
    content,
  );
}
