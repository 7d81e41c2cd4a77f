import { useQuery } from '@apollo/client/react';
import { BackLink, SummaryList, Table, Tag } from 'nhsuk-react-components';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { londonTime } from '../../components/time';
import { categoryWordsOf } from './category-words';
import { OrganisationReadinessQuery } from './operations';
import { readinessColour, readinessWords, scoreWords } from './readiness-words';

/** One organisation's readiness: each category with its gaps in words, and each runbook's score and gaps. */
export default function OrganisationReadinessScreen() {
  const { organisationId = '' } = useParams();
  const { data, error } = useQuery(OrganisationReadinessQuery, {
    variables: { organisationId },
    fetchPolicy: 'network-only',
  });
  const name = data?.readiness.organisation.name;
  useEffect(() => {
    document.title = `${name ? `Readiness of ${name}` : 'Readiness'} – Muster`;
  }, [name]);

  if (error) {
    return (
      <Problem title="This organisation’s readiness could not be loaded">
        <p>{problemWords(error)}</p>
      </Problem>
    );
  }
  if (!data) return <Loading what="readiness" />;
  const r = data.readiness;
  const words = categoryWordsOf(data.incidentCategories);
  const held = r.categories.filter((c) => c.status !== 'NOT_APPLICABLE');
  return (
    <>
      <BackLink asElement={Link} to="/readiness">
        Back to readiness
      </BackLink>
      <h1>Readiness of {r.organisation.name}</h1>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Score</SummaryList.Key>
          <SummaryList.Value>{scoreWords(r.score)}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Gaps</SummaryList.Key>
          <SummaryList.Value>{r.gaps.length === 0 ? 'None' : r.gaps.length}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Evaluated</SummaryList.Key>
          <SummaryList.Value>{londonTime(r.evaluatedAt)}</SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>

      <h2>Categories</h2>
      {held.length === 0 ? (
        <p>No incident category applies to this organisation yet.</p>
      ) : (
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Category</Table.Cell>
              <Table.Cell>Status</Table.Cell>
              <Table.Cell>What is missing</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {held.map((c) => (
              <Table.Row key={c.category}>
                <Table.Cell>{words(c.category)}</Table.Cell>
                <Table.Cell>
                  <Tag modifier={readinessColour(c.status)}>{readinessWords(c.status)}</Tag>
                </Table.Cell>
                <Table.Cell>
                  {c.gaps.length === 0 ? (
                    'Nothing'
                  ) : (
                    <ul className="nhsuk-list nhsuk-list--bullet">
                      {c.gaps.map((gap) => (
                        <li key={gap}>{gap}</li>
                      ))}
                    </ul>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}

      <h2>Runbooks</h2>
      {r.runbooks.length === 0 ? (
        <p>
          This organisation has no runbooks yet. <Link to="/runbooks">Create or adopt one</Link>.
        </p>
      ) : (
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Runbook</Table.Cell>
              <Table.Cell>Score</Table.Cell>
              <Table.Cell>Gaps</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {r.runbooks.map((rb) => (
              <Table.Row key={rb.runbookId}>
                <Table.Cell>
                  <Link to={`/runbooks/${rb.runbookId}`}>{rb.title}</Link>
                  <br />
                  <span className="nhsuk-body-s">
                    {rb.approvedVersionNumber ? `Version ${rb.approvedVersionNumber} approved` : 'Never approved'}
                  </span>
                </Table.Cell>
                <Table.Cell>{scoreWords(rb.score)}</Table.Cell>
                <Table.Cell>{rb.gaps.length === 0 ? 'None' : rb.gaps.join('; ')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  );
}
