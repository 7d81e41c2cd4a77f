import { barChart, formatValue, heatColour, heatMap, lineChart, niceMax } from './charts';

const MONTHS = ['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];

describe('inline SVG charts', () => {
  it('formats values whole or to one decimal, with a unit, and a dash for none', () => {
    expect(formatValue(12)).toBe('12');
    expect(formatValue(12.345, '%')).toBe('12.3%');
    expect(formatValue(99.96, '%')).toBe('100%');
    expect(formatValue(null)).toBe('–');
    expect(formatValue(Number.NaN)).toBe('–');
  });

  it('rounds an axis up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(18)).toBe(20);
    expect(niceMax(23)).toBe(25);
    expect(niceMax(100)).toBe(100);
    expect(niceMax(101)).toBe(200);
  });

  it('draws a 12-month line chart as an accessible image with a point per value and a gap per null', () => {
    const svg = lineChart({
      id: 'trend',
      title: 'Incidents per month',
      description: 'Twelve months of incidents',
      labels: MONTHS,
      series: [{ name: 'Incidents', values: [1, 2, 3, null, 5, 6, 7, 8, 9, 10, 11, 12] }],
    });
    expect(
      svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="trend-title trend-desc"'),
    ).toBe(true);
    expect(svg).toContain('<title id="trend-title">Incidents per month</title>');
    expect(svg).toContain('<desc id="trend-desc">Twelve months of incidents</desc>');
    expect(svg.match(/<circle /g)).toHaveLength(11);
    expect(svg.match(/<polyline /g)).toHaveLength(2); // broken at the gap
    for (const m of MONTHS) expect(svg).toContain(`>${m}</text>`);
    expect(svg).toContain('<title>Incidents, Nov: 12</title>');
    expect(svg).not.toMatch(/href|<script|<image|url\(/i);
  });

  it('draws a bar per value with the value printed above it', () => {
    const svg = barChart({
      id: 'bars',
      title: 'Done on time',
      description: 'Percent',
      labels: ['Oct', 'Nov'],
      series: [{ name: 'Done on time', values: [50, 75.25] }],
      unit: '%',
    });
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('>75.3%</text>');
    expect(svg).toContain('>100%</text>'); // the axis top
  });

  it('colours heat map cells red to green and grey for no value, each with its value and labels', () => {
    expect(heatColour(0)).toBe('#da291c');
    expect(heatColour(50)).toBe('#ffb81c');
    expect(heatColour(100)).toBe('#009639');
    expect(heatColour(150)).toBe('#009639');
    expect(heatColour(null)).toBe('#e0e0e0');
    expect(heatColour(5, 10, 0)).toBe(heatColour(50)); // reversed scale: lower is better
    const svg = heatMap({
      id: 'heat',
      title: 'Readiness',
      description: 'By organisation and category',
      rows: ['Trust A', 'Trust B'],
      columns: ['Ransomware', 'IT outage'],
      cells: [
        [100, 0],
        [50, null],
      ],
    });
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg).toContain('fill="#009639"><title>Trust A, Ransomware: 100</title>');
    expect(svg).toContain('fill="#e0e0e0"><title>Trust B, IT outage: –</title>');
    expect(svg).toContain('>Trust B</text>');
    expect(svg).toContain('>IT outage</text>');
  });

  it('escapes every text it is given, ids included', () => {
    const evil = `<script>alert("x")</script>&'`;
    const svg = heatMap({
      id: `a"b<c`,
      title: evil,
      description: evil,
      rows: [evil],
      columns: [evil],
      cells: [[1]],
    });
    const line = lineChart({
      id: 'l',
      title: evil,
      description: evil,
      labels: [evil],
      series: [
        { name: evil, values: [1] },
        { name: 'other', values: [2] },
      ],
    });
    for (const out of [svg, line]) {
      expect(out).not.toContain('<script');
      expect(out).not.toMatch(/"x"/);
      expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    }
    expect(svg).toContain('aria-labelledby="a-b-c-title a-b-c-desc"');
  });
});
