import { barChart, formatValue, heatMap, lineChart } from '../charts';
import { renderDocument, RenderedDocument } from '../document-shell';
import { enumWords, escapeHtml, londonDate, londonDateTime } from '../html';
import { BoardReportData, CountOf, Grid, MonthlyValue } from './board-report.types';

const esc = escapeHtml;
const pct = (v: number | null) => esc(formatValue(v, '%'));

function countTable(caption: string, head: string, rows: CountOf<string | number>[], words = true): string {
  const body = rows
    .map((r) => `<tr><td>${esc(words ? enumWords(String(r.key)) : String(r.key))}</td><td>${r.count}</td></tr>`)
    .join('');
  return `<table><caption>${esc(caption)}</caption><thead><tr><th>${esc(head)}</th><th>Count</th></tr></thead><tbody>${body || '<tr><td colspan="2">None</td></tr>'}</tbody></table>`;
}

const trend = (id: string, title: string, description: string, months: MonthlyValue[], unit = '', bars = false) => {
  const chart = {
    id,
    title,
    description,
    labels: months.map((m) => m.month),
    series: [{ name: title, values: months.map((m) => m.value) }],
    unit,
  };
  return `<figure>${bars ? barChart(chart) : lineChart(chart)}</figure>`;
};

const grid = (id: string, title: string, description: string, g: Grid, unit = '%') =>
  g.rows.length && g.columns.length
    ? `<figure>${heatMap({ id, title, description, rows: g.rows, columns: g.columns.map(enumWords), cells: g.cells, unit })}</figure>`
    : '<p class="muted">No data for the period.</p>';

function incidents(d: BoardReportData): string {
  const i = d.incidents;
  return `<section id="incidents"><h2>Incidents</h2>
<p><strong>${i.total}</strong> incident(s) in the period.</p>
${countTable('By EPRR type', 'Type', i.byType)}
${countTable(
  'By response level',
  'Level',
  i.byLevel.map((l) => ({ key: `Level ${l.key}`, count: l.count })),
  false,
)}
${trend('incidents-trend', 'Incidents per month', 'Incidents per month over the last 12 months', i.trend, '', true)}
</section>`;
}

function assignments(d: BoardReportData): string {
  const a = d.assignments;
  return `<section id="assignments"><h2>Assignments</h2>
<p>Done on time: <strong>${pct(a.doneOnTimePercent)}</strong> · open ${a.open} · overdue ${a.overdue}</p>
${trend('assignments-trend', 'Assignments done on time (%)', 'Percentage of assignments done by their due time, per month over the last 12 months', a.trend, '%')}
</section>`;
}

function ig(d: BoardReportData): string {
  return `<section id="ig"><h2>Information governance</h2>
<p>Decided within 72 hours of awareness: <strong>${pct(d.ig.decidedWithin72hPercent)}</strong> of ${d.ig.threads} thread(s).</p>
${countTable('Late notifications by reason', 'Reason', d.ig.lateNotifications)}
${trend('ig-trend', 'IG decisions within 72 hours (%)', 'Percentage of IG threads decided within 72 hours of awareness, per month over the last 12 months', d.ig.trend, '%')}
</section>`;
}

function assurance(d: BoardReportData): string {
  const rows = d.assurance
    .map(
      (a) =>
        `<tr><td>${esc(a.organisation)}</td><td>${esc(a.band ? enumWords(a.band) : '–')}</td><td>${pct(a.compliantPercent)}</td><td>${esc(a.cafRating ?? '–')}</td></tr>`,
    )
    .join('');
  return `<section id="assurance"><h2>Assurance</h2>
<table><thead><tr><th>Organisation</th><th>EPRR band</th><th>Fully compliant</th><th>CAF</th></tr></thead><tbody>${rows || '<tr><td colspan="4">No assessment in the period</td></tr>'}</tbody></table>
</section>`;
}

function posture(d: BoardReportData): string {
  const rows = d.posture
    .map(
      (p) =>
        `<tr><td>${esc(p.organisation)}</td><td>${p.criticalPastTarget}</td><td>${pct(p.patchCompliancePercent)}</td><td>${pct(p.alertsAcknowledgedWithin48hPercent)}</td></tr>`,
    )
    .join('');
  return `<section id="posture"><h2>SOC posture</h2>
<table><thead><tr><th>Organisation</th><th>Critical vulnerabilities past target</th><th>Patch compliance</th><th>Alerts acknowledged within 48 h</th></tr></thead><tbody>${rows || '<tr><td colspan="4">No data</td></tr>'}</tbody></table>
</section>`;
}

/** The period board report as one self-contained printable HTML document with inline SVG charts. */
export function renderBoardReport(d: BoardReportData): RenderedDocument {
  const content = [
    `<section id="cover"><p class="muted">Board report · OFFICIAL</p><h1>${esc(d.subject)}: ${esc(d.periodLabel)}</h1>
<p>Period ${esc(londonDate(d.periodFrom))} to ${esc(londonDate(d.periodTo))} (Europe/London) · generated ${esc(londonDateTime(d.generatedAt))}</p></section>`,
    incidents(d),
    assignments(d),
    `<section id="exercises"><h2>Exercise compliance</h2>${grid('exercise-compliance', 'Exercise compliance', 'Exercise compliance per organisation and exercise type, percent', d.exerciseCompliance)}</section>`,
    `<section id="readiness"><h2>Readiness</h2>${grid('readiness-heat-map', 'Readiness by organisation and category', 'Readiness score per organisation and incident category, 0 to 100', d.readiness, '')}</section>`,
    ig(d),
    assurance(d),
    posture(d),
  ].join('\n');
  return renderDocument(
    `${d.subject} board report — ${d.periodLabel}`,
    `${d.subject} board report ${d.periodLabel}, generated ${londonDateTime(d.generatedAt)}`,
    content,
  );
}
