import { Table, Tag } from 'nhsuk-react-components';
import { ownerWords } from './assessment-forms';
import { ratingColour, ratingWords } from './assurance-words';
import type { Domain, RatingRow } from './assessment-view';

type Row = RatingRow & {
  evidence: string;
  evidenceLinks: string[];
  owner?: { displayName: string; active: boolean } | null;
};

/** The requirements grouped by domain: a table each, the requirement, its rating in words, its owner and its evidence. */
export function AssessmentRequirements({ domains }: { domains: Domain<Row>[] }) {
  return (
    <>
      {domains.map((domain) => (
        <Table key={domain.reference} caption={domain.name} firstCellIsHeader data-testid="assessment-domain">
          <Table.Head>
            <Table.Row>
              <Table.Cell>Requirement</Table.Cell>
              <Table.Cell>Rating</Table.Cell>
              <Table.Cell>Owner</Table.Cell>
              <Table.Cell>Evidence</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {domain.ratings.map((r) => (
              <Table.Row key={r.id} data-testid="assessment-requirement">
                <Table.Cell>
                  {r.reference} {r.title}
                  {r.deepDive && ' (deep dive)'}
                </Table.Cell>
                <Table.Cell>
                  <Tag modifier={ratingColour(r.rating)}>{ratingWords(r.rating)}</Tag>
                </Table.Cell>
                <Table.Cell data-testid="assessment-owner">{ownerWords(r.owner)}</Table.Cell>
                <Table.Cell>
                  {r.evidence || (r.evidenceLinks.length ? '' : 'None recorded')}
                  {r.evidenceLinks.length > 0 && (
                    <ul className="nhsuk-list">
                      {r.evidenceLinks.map((link) => (
                        <li key={link}>
                          <a href={link} rel="noreferrer noopener" target="_blank">
                            {link} (opens in a new tab)
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ))}
    </>
  );
}
