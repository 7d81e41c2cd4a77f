import { monthWords } from './report-period';

/**
 * One trend as bars, month by month, drawn with SVG attributes only (the CSP allows no
 * inline style), with the same figures in a table for screen readers and for copying.
 */
export function TrendChart({ title, months, values }: { title: string; months: string[]; values: (number | null)[] }) {
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const width = 40 * months.length;
  const height = 120;
  return (
    <figure className="muster-chart">
      <figcaption className="nhsuk-heading-s">{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height + 20}`}
        width="100%"
        height="160"
        role="img"
        aria-label={`${title}, by month`}
      >
        {values.map((value, i) => {
          const h = value === null ? 0 : Math.round((value / max) * height);
          return (
            <g key={months[i]}>
              <rect x={i * 40 + 6} y={height - h} width={28} height={h} fill="#005eb8" />
              <text x={i * 40 + 20} y={height + 14} fontSize="10" textAnchor="middle" fill="#4c6272">
                {months[i].slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">{title}: the figures</span>
        </summary>
        <div className="nhsuk-details__text">
          <table className="nhsuk-table">
            <tbody className="nhsuk-table__body">
              {months.map((month, i) => (
                <tr key={month} className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__header">
                    {monthWords(month)}
                  </th>
                  <td className="nhsuk-table__cell">{values[i] ?? 'No figure'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
