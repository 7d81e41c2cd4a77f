import { escapeHtml } from './html';

/**
 * Charts as inline SVG strings: pure functions, no script, no external asset, every text
 * escaped. Each chart is an image with a title and a description (role="img",
 * aria-labelledby), and prints its numbers as well as drawing them.
 */

export interface ChartText {
  /** Unique within the document: the title and description ids derive from it. */
  id: string;
  title: string;
  description: string;
}

export interface ChartSeries {
  name: string;
  /** One value per label; null where there is no value (drawn as a gap). */
  values: (number | null)[];
}

export interface TrendChart extends ChartText {
  /** Category labels along the x axis ("Dec 2025" … "Nov 2026"). */
  labels: string[];
  series: ChartSeries[];
  /** Appended to printed values ("%"). */
  unit?: string;
  width?: number;
  height?: number;
}

export interface HeatMap extends ChartText {
  rows: string[];
  columns: string[];
  /** cells[row][column]; null where there is no value. */
  cells: (number | null)[][];
  /** The scale: `low` is red, `high` green (reverse them for "lower is better"). Defaults 0 and 100. */
  low?: number;
  high?: number;
  unit?: string;
}

const PALETTE = ['#005eb8', '#da291c', '#007f3b', '#7c2855', '#ed8b00', '#330072'];
const FONT = 'font-family="system-ui,Arial,sans-serif"';

/** A number as printed: whole, or one decimal. */
export function formatValue(value: number | null, unit = ''): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}${unit}`;
}

const safeId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '-');

function open(c: ChartText, width: number, height: number): string {
  const id = safeId(c.id);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" ${FONT} font-size="11">
<title id="${id}-title">${escapeHtml(c.title)}</title>
<desc id="${id}-desc">${escapeHtml(c.description)}</desc>`;
}

/** A "nice" upper bound for an axis: 1, 2, 2.5 or 5 × a power of ten at or above `max`. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= max) ?? 10;
  return step * power;
}

interface Frame {
  left: number;
  top: number;
  plotW: number;
  plotH: number;
  x: (i: number) => number;
  y: (v: number) => number;
  slot: number;
}

function frame(width: number, height: number, labels: number, axisMax: number, legendRows: number): Frame {
  const left = 44;
  const top = 12;
  const plotW = width - left - 12;
  const plotH = height - top - 40 - legendRows * 14;
  const slot = plotW / Math.max(labels, 1);
  return {
    left,
    top,
    plotW,
    plotH,
    slot,
    x: (i) => left + slot * (i + 0.5),
    y: (v) => top + plotH - (Math.max(0, v) / axisMax) * plotH,
  };
}

function axes(f: Frame, labels: string[], axisMax: number, unit: string): string {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => {
    const v = axisMax * t;
    const y = f.y(v);
    return `<line x1="${f.left}" x2="${f.left + f.plotW}" y1="${y}" y2="${y}" stroke="#ddd"/><text x="${f.left - 4}" y="${y + 4}" text-anchor="end">${escapeHtml(formatValue(v, unit))}</text>`;
  });
  const xs = labels.map(
    (l, i) =>
      `<text x="${f.x(i)}" y="${f.top + f.plotH + 14}" text-anchor="middle" font-size="9">${escapeHtml(l)}</text>`,
  );
  return `<g aria-hidden="true">${ticks.join('')}<line x1="${f.left}" x2="${f.left + f.plotW}" y1="${f.top + f.plotH}" y2="${f.top + f.plotH}" stroke="#333"/>${xs.join('')}</g>`;
}

function legend(series: ChartSeries[], f: Frame, width: number): string {
  if (series.length < 2) return '';
  return series
    .map((s, i) => {
      const y = f.top + f.plotH + 30 + i * 14;
      return `<rect x="${f.left}" y="${y - 9}" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/><text x="${f.left + 14}" y="${y}" textLength="${Math.min(width - f.left - 20, 400)}" lengthAdjust="spacingAndGlyphs">${escapeHtml(s.name)}</text>`;
    })
    .join('');
}

const seriesMax = (series: ChartSeries[]) =>
  Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v))));

/** A line chart of one or more series over the labels (a 12-month trend); gaps where a value is null. */
export function lineChart(c: TrendChart): string {
  const width = c.width ?? 640;
  const legendRows = c.series.length > 1 ? c.series.length : 0;
  const height = c.height ?? 220 + legendRows * 14;
  const axisMax = niceMax(seriesMax(c.series));
  const f = frame(width, height, c.labels.length, axisMax, legendRows);
  const lines = c.series.map((s, si) => {
    const colour = PALETTE[si % PALETTE.length];
    const runs: string[] = [];
    let run: string[] = [];
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        if (run.length) runs.push(run.join(' '));
        run = [];
      } else run.push(`${f.x(i).toFixed(1)},${f.y(v).toFixed(1)}`);
    });
    if (run.length) runs.push(run.join(' '));
    const points = s.values
      .map((v, i) =>
        v === null || !Number.isFinite(v)
          ? ''
          : `<circle cx="${f.x(i).toFixed(1)}" cy="${f.y(v).toFixed(1)}" r="2.5" fill="${colour}"><title>${escapeHtml(`${s.name}, ${c.labels[i] ?? ''}: ${formatValue(v, c.unit)}`)}</title></circle>`,
      )
      .join('');
    return `<g>${runs.map((p) => `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${p}"/>`).join('')}${points}</g>`;
  });
  return `${open(c, width, height)}${axes(f, c.labels, axisMax, c.unit ?? '')}${lines.join('')}${legend(c.series, f, width)}</svg>`;
}

/** A bar chart of one series over the labels, each bar with its value printed above it. */
export function barChart(c: TrendChart): string {
  const width = c.width ?? 640;
  const height = c.height ?? 220;
  const [s] = c.series;
  const values = s?.values ?? [];
  const axisMax = niceMax(seriesMax(c.series.slice(0, 1)));
  const f = frame(width, height, c.labels.length, axisMax, 0);
  const barW = Math.max(2, f.slot * 0.6);
  const bars = values
    .map((v, i) => {
      if (v === null || !Number.isFinite(v)) return '';
      const y = f.y(v);
      const label = escapeHtml(formatValue(v, c.unit));
      return `<rect x="${(f.x(i) - barW / 2).toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${(f.top + f.plotH - y).toFixed(1)}" fill="${PALETTE[0]}"><title>${escapeHtml(`${c.labels[i] ?? ''}: ${formatValue(v, c.unit)}`)}</title></rect><text x="${f.x(i).toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle" font-size="9">${label}</text>`;
    })
    .join('');
  return `${open(c, width, height)}${axes(f, c.labels, axisMax, c.unit ?? '')}${bars}</svg>`;
}

/** The colour of `value` on a red → amber → green scale from `low` to `high`; grey for no value. */
export function heatColour(value: number | null, low = 0, high = 100): string {
  if (value === null || !Number.isFinite(value)) return '#e0e0e0';
  const t = high === low ? 1 : Math.min(1, Math.max(0, (value - low) / (high - low)));
  const stops: [number, number, number][] = [
    [218, 41, 28],
    [255, 184, 28],
    [0, 150, 57],
  ];
  const [a, b, u] = t < 0.5 ? [stops[0], stops[1], t * 2] : [stops[1], stops[2], (t - 0.5) * 2];
  const mix = a.map((x, i) => Math.round(x + (b[i] - x) * u));
  return `#${mix.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
}

/** A heat map: rows × columns of coloured cells, each with its value printed, labelled on both axes. */
export function heatMap(c: HeatMap): string {
  const cellW = 72;
  const cellH = 26;
  const left = Math.min(220, 12 + 6.5 * Math.max(4, ...c.rows.map((r) => r.length)));
  // Column labels are turned 30° up to the right: room above and to the right for the longest.
  const longest = Math.max(4, ...c.columns.map((col) => col.length));
  const top = Math.round(16 + Math.min(120, 3.3 * longest));
  const width = Math.round(left + cellW * (c.columns.length - 0.5) + Math.min(220, 5.2 * longest) + 8);
  const height = top + cellH * c.rows.length + 8;
  const columns = c.columns.map(
    (col, j) =>
      `<text x="${left + cellW * (j + 0.5)}" y="${top - 6}" text-anchor="start" transform="rotate(-30 ${left + cellW * (j + 0.5)} ${top - 6})" font-size="10">${escapeHtml(col)}</text>`,
  );
  const rows = c.rows.map((row, i) => {
    const y = top + cellH * i;
    const cells = c.columns.map((col, j) => {
      const v = c.cells[i]?.[j] ?? null;
      const fill = heatColour(v, c.low ?? 0, c.high ?? 100);
      const x = left + cellW * j;
      return `<rect x="${x}" y="${y}" width="${cellW - 2}" height="${cellH - 2}" fill="${fill}"><title>${escapeHtml(`${row}, ${col}: ${formatValue(v, c.unit)}`)}</title></rect><text x="${x + (cellW - 2) / 2}" y="${y + cellH / 2 + 3}" text-anchor="middle" font-size="10">${escapeHtml(formatValue(v, c.unit))}</text>`;
    });
    return `<text x="${left - 6}" y="${y + cellH / 2 + 3}" text-anchor="end" font-size="10">${escapeHtml(row)}</text>${cells.join('')}`;
  });
  return `${open(c, width, height)}${columns.join('')}${rows.join('')}</svg>`;
}
