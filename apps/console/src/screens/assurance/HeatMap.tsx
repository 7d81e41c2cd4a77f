import { Table, Tag } from 'nhsuk-react-components';
import { Link } from 'react-router';
import type { AssuranceFrameworkKind } from '../../generated/graphql';
import { bandColour, overallWords, statusWords } from './assurance-words';
import {
  CATEGORIES,
  categoryColour,
  categoryMeaning,
  categoryWords,
  cellFigure,
  movementWords,
  type HeatMapRow,
} from './heat-map';

/**
 * Organisations down, the framework's domains across: each cell a tag saying its category
 * in words with the figures under it (colour is never the only signal), the overall rating
 * per organisation, each organisation a link to its assessment; an organisation that has
 * not started says "Not started" in every cell (no link: it has no assessment).
 */
export function HeatMap(props: {
  kind: AssuranceFrameworkKind;
  caption: string;
  sections: { reference: string; name: string; deepDive: boolean }[];
  rows: HeatMapRow[];
}) {
  const { kind, sections, rows } = props;
  return (
    <div className="muster-scroll" tabIndex={0} role="region" aria-label="Heat map by organisation and domain">
      <Table className="muster-matrix" caption={props.caption} firstCellIsHeader>
        <Table.Head>
          <Table.Row>
            <Table.Cell>Organisation</Table.Cell>
            <Table.Cell>Overall rating</Table.Cell>
            {sections.map((s) => (
              <Table.Cell key={s.reference}>
                {s.name}
                {s.deepDive && ' (deep dive, not in the rating)'}
              </Table.Cell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.organisationId} data-testid="assurance-row">
              {row.started && row.assessmentId && row.band ? (
                <>
                  <Table.Cell>
                    <Link to={`/assurance/assessments/${row.assessmentId}`}>{row.organisationName}</Link>
                    <br />
                    {row.period}, {row.status ? statusWords(row.status).toLowerCase() : ''}
                  </Table.Cell>
                  <Table.Cell>
                    <Tag modifier={bandColour(row.band.band, row.band.percent)}>{overallWords(row.band, kind)}</Tag>
                    <br />
                    {movementWords(row)}
                  </Table.Cell>
                </>
              ) : (
                <>
                  <Table.Cell>
                    {row.organisationName}
                    <br />
                    Not started
                  </Table.Cell>
                  <Table.Cell>
                    <Tag modifier={categoryColour('NOT_STARTED')}>Not started</Tag>
                    <br />
                    {movementWords(row)}
                  </Table.Cell>
                </>
              )}
              {row.cells.map((cell, i) => (
                <Table.Cell key={sections[i].reference} data-testid="assurance-cell">
                  <Tag modifier={categoryColour(cell.category)}>{categoryWords(cell.category, kind)}</Tag>
                  {cell.category !== 'NOT_STARTED' && (
                    <>
                      <br />
                      {cellFigure(cell.counts)}
                    </>
                  )}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** What each colour of the heat map means, in words. */
export function HeatMapLegend({ kind }: { kind: AssuranceFrameworkKind }) {
  return (
    <>
      <h2>Key</h2>
      <dl className="nhsuk-summary-list" data-testid="assurance-legend">
        {CATEGORIES.map((category) => (
          <div className="nhsuk-summary-list__row" key={category}>
            <dt className="nhsuk-summary-list__key">
              <Tag modifier={categoryColour(category)}>{categoryWords(category, kind)}</Tag>
            </dt>
            <dd className="nhsuk-summary-list__value">{categoryMeaning(category, kind)}</dd>
          </div>
        ))}
      </dl>
      {kind === 'EPRR_CORE_STANDARDS' && (
        <p>
          The overall rating is the share of applicable standards rated fully compliant: full at 100%, substantial from
          89%, partial from 77%, non-compliant below.
        </p>
      )}
    </>
  );
}
