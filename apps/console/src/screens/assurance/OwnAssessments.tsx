import { useQuery } from '@apollo/client/react';
import { Table, Tag } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { useViewer } from '../../components/viewer-context';
import type { AssuranceFrameworkKind } from '../../generated/graphql';
import { mayEditAssessment } from './assessment-view';
import { bandColour, overallWords, statusWords } from './assurance-words';
import { OrganisationAssessmentsQuery } from './operations';
import { StartAssessmentForm } from './StartAssessmentForm';

/**
 * The acting organisation's assessments, newest period first, and — for whoever edits
 * assessments of the framework shown — starting one of it.
 */
export function OwnAssessments({
  framework,
}: {
  framework: { id: string; name: string; version: string; kind: AssuranceFrameworkKind } | undefined;
}) {
  const { acting } = useViewer();
  const { data } = useQuery(OrganisationAssessmentsQuery, {
    variables: { organisationId: acting.id },
    skip: !acting.id,
    fetchPolicy: 'network-only',
  });
  if (!data) return null;
  const list = data.organisationAssessments;
  const editor =
    framework &&
    mayEditAssessment({ status: 'DRAFT', organisationId: acting.id, frameworkKind: framework.kind }, acting);
  return (
    <>
      <h2>Assessments of {acting.name}</h2>
      {list.length === 0 ? (
        <p>{acting.name} has no assessment yet. Its assessments will be listed here once one is started.</p>
      ) : (
        <Table caption={`Assessments of ${acting.name}, newest period first`} firstCellIsHeader>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Assessment</Table.Cell>
              <Table.Cell>Status</Table.Cell>
              <Table.Cell>Overall rating</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>
                  <Link to={`/assurance/assessments/${a.id}`}>
                    {a.frameworkName} {a.period}
                  </Link>
                </Table.Cell>
                <Table.Cell>{statusWords(a.status)}</Table.Cell>
                <Table.Cell>
                  <Tag modifier={bandColour(a.band.band, a.band.percent)}>{overallWords(a.band, a.frameworkKind)}</Tag>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {editor && framework && (
        <StartAssessmentForm
          organisationId={acting.id}
          framework={framework}
          earlier={list.filter((a) => a.frameworkKind === framework.kind)}
        />
      )}
    </>
  );
}
