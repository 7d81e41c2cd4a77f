import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Table, Tag } from 'nhsuk-react-components';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormErrorSummary, type FormProblem } from '../../components/FormErrorSummary';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { londonTime } from '../../components/time';
import { useViewer } from '../../components/viewer-context';
import { AdoptTemplateMutation, RunbooksQuery } from './operations';
import { runbookStatusColour, runbookStatusWords } from './runbook-actions';
import { problemsOf } from './runbook-forms';

const EDITORS = ['EPRR_LEAD', 'ORG_ADMIN'];

/** The acting organisation's runbooks, and the ICS templates it may adopt. */
export default function RunbooksScreen() {
  const { acting } = useViewer();
  const navigate = useNavigate();
  const { data, error } = useQuery(RunbooksQuery, {
    variables: { organisationId: acting.id },
    fetchPolicy: 'network-only',
  });
  const [adopt] = useMutation(AdoptTemplateMutation);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const editor = acting.roles.some((r) => EDITORS.includes(r));
  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}Runbooks – Muster`;
  }, [problems]);

  if (error) {
    return (
      <Problem title="The runbooks could not be loaded">
        <p>{problemWords(error)}</p>
      </Problem>
    );
  }
  if (!data) return <Loading what="runbooks" />;

  async function adoptTemplate(templateId: string) {
    try {
      const { data: adopted } = await adopt({ variables: { input: { organisationId: acting.id, templateId } } });
      if (adopted) void navigate(`/runbooks/${adopted.adoptTemplate.id}`);
    } catch (caught) {
      setProblems(problemsOf(caught));
    }
  }

  const runbooks = data.runbooks.nodes;
  return (
    <>
      <FormErrorSummary problems={problems} />
      <h1>Runbooks of {acting.name}</h1>
      {editor && (
        <Button asElement={Link} to="/runbooks/new" secondary>
          Create a runbook
        </Button>
      )}
      {runbooks.length === 0 ? (
        <p>{acting.name} has no runbooks yet. Create one, or adopt an ICS template below.</p>
      ) : (
        <Table caption="Runbooks">
          <Table.Head>
            <Table.Row>
              <Table.Cell>Runbook</Table.Cell>
              <Table.Cell>Status</Table.Cell>
              <Table.Cell>Owner</Table.Cell>
              <Table.Cell>Next review</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {runbooks.map((rb) => (
              <Table.Row key={rb.id} data-testid="runbook-row">
                <Table.Cell>
                  <Link to={`/runbooks/${rb.id}`}>{rb.title}</Link>
                </Table.Cell>
                <Table.Cell>
                  <Tag modifier={runbookStatusColour(rb.status)}>{runbookStatusWords(rb.status)}</Tag>
                </Table.Cell>
                <Table.Cell>{rb.owner?.displayName ?? 'No owner'}</Table.Cell>
                <Table.Cell>
                  {rb.nextReviewAt ? londonTime(rb.nextReviewAt) : 'Not approved yet'}
                  {rb.dueForReview && (
                    <>
                      {' '}
                      <Tag modifier="red">Review due</Tag>
                    </>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <h2>ICS templates</h2>
      {data.templates.nodes.length === 0 ? (
        <p>The ICS has published no templates yet.</p>
      ) : (
        <Table caption="Templates you may adopt">
          <Table.Head>
            <Table.Row>
              <Table.Cell>Template</Table.Cell>
              <Table.Cell>Version</Table.Cell>
              <Table.Cell>
                <span className="nhsuk-u-visually-hidden">Action</span>
              </Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.templates.nodes.map((tpl) => (
              <Table.Row key={tpl.id}>
                <Table.Cell>
                  {tpl.title}
                  <br />
                  <span className="nhsuk-body-s">{tpl.description}</span>
                </Table.Cell>
                <Table.Cell>{tpl.latestVersionNumber}</Table.Cell>
                <Table.Cell>
                  {editor && (
                    <Button secondary onClick={() => void adoptTemplate(tpl.id)}>
                      Adopt<span className="nhsuk-u-visually-hidden"> {tpl.title}</span>
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  );
}
