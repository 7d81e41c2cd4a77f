import { Table, Tag } from 'nhsuk-react-components';
import { Link } from 'react-router';
import type { Matrix } from './readiness-matrix';
import { cellWords, readinessColour, scoreWords } from './readiness-words';

/** Organisations down, categories across; each cell a tag in words, each organisation a link to its gaps. */
export function ReadinessMatrix({ matrix, words }: { matrix: Matrix; words: (category: string) => string }) {
  return (
    <div className="muster-scroll" tabIndex={0} role="region" aria-label="Readiness by organisation and category">
      <Table className="muster-matrix">
        <Table.Head>
          <Table.Row>
            <Table.Cell>Organisation</Table.Cell>
            <Table.Cell>Score</Table.Cell>
            {matrix.categories.map((category) => (
              <Table.Cell key={category}>{words(category)}</Table.Cell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {matrix.rows.map((row) => (
            <Table.Row key={row.id} data-testid="readiness-row">
              <Table.Cell>
                <Link to={`/readiness/${row.id}`}>{row.name}</Link>
              </Table.Cell>
              <Table.Cell>{scoreWords(row.score)}</Table.Cell>
              {row.cells.map((cell, i) =>
                cell ? (
                  <Table.Cell key={matrix.categories[i]}>
                    <Tag modifier={readinessColour(cell.status)}>{cellWords(cell)}</Tag>
                  </Table.Cell>
                ) : (
                  <Table.Cell key={matrix.categories[i]}>–</Table.Cell>
                ),
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
