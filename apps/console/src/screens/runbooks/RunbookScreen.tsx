import { useMutation, useQuery } from '@apollo/client/react';
import { BackLink, Button, InsetText, SummaryList, Tag } from 'nhsuk-react-components';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormErrorSummary, type FormProblem } from '../../components/FormErrorSummary';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { londonTime } from '../../components/time';
import { useViewer } from '../../components/viewer-context';
import { AddStepForm } from './AddStepForm';
import {
  ApproveRunbookMutation,
  RemoveRunbookStepMutation,
  ReturnRunbookMutation,
  ReviseRunbookMutation,
  RunbookQuery,
  SubmitRunbookMutation,
} from './operations';
import { OwnerForm } from './OwnerForm';
import {
  ACTION_WORDS,
  mayEdit,
  runbookActions,
  runbookStatusColour,
  runbookStatusWords,
  type RunbookAction,
} from './runbook-actions';
import { problemsOf } from './runbook-forms';
import { RunbookSteps } from './RunbookSteps';
import { RunbookVersions } from './RunbookVersions';

/** A runbook: its details, steps and approved versions; the draft editor and the review actions its status allows. */
export default function RunbookScreen() {
  const { id = '' } = useParams();
  const { viewer, acting } = useViewer();
  const { data, error, refetch } = useQuery(RunbookQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [submit] = useMutation(SubmitRunbookMutation);
  const [approve] = useMutation(ApproveRunbookMutation);
  const [returnToDraft] = useMutation(ReturnRunbookMutation);
  const [revise] = useMutation(ReviseRunbookMutation);
  const [removeStep] = useMutation(RemoveRunbookStepMutation);
  const title = data?.runbook.title;
  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}${title ?? 'Runbook'} – Muster`;
  }, [title, problems]);

  if (error) {
    return (
      <Problem title="This runbook could not be loaded">
        <p>{problemWords(error)}</p>
      </Problem>
    );
  }
  if (!data) return <Loading what="the runbook" />;
  const rb = data.runbook;
  const editable = mayEdit(rb, acting);
  const actions = runbookActions(rb, acting, viewer.user?.id ?? null);

  async function run(action: RunbookAction) {
    const input = { id: rb.id, version: rb.version };
    try {
      if (action === 'SUBMIT') await submit({ variables: { input } });
      if (action === 'APPROVE') await approve({ variables: { input } });
      if (action === 'RETURN') await returnToDraft({ variables: { input } });
      if (action === 'REVISE') await revise({ variables: { input } });
      setProblems([]);
      setDone(DONE_WORDS[action]);
      await refetch();
    } catch (caught) {
      setDone(null);
      setProblems(problemsOf(caught));
    }
  }

  async function remove(stepId: string) {
    try {
      await removeStep({ variables: { input: { stepId, version: rb.version } } });
      await refetch();
    } catch (caught) {
      setProblems(problemsOf(caught));
    }
  }

  return (
    <>
      <BackLink asElement={Link} to="/runbooks">
        Back to runbooks
      </BackLink>
      <FormErrorSummary problems={problems} />
      {done && (
        <InsetText>
          <p role="status">{done}</p>
        </InsetText>
      )}
      <h1>
        {rb.title} <Tag modifier={runbookStatusColour(rb.status)}>{runbookStatusWords(rb.status)}</Tag>
      </h1>
      {rb.description && <p>{rb.description}</p>}
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Owner</SummaryList.Key>
          <SummaryList.Value>{rb.owner?.displayName ?? 'No owner yet'}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Approved version</SummaryList.Key>
          <SummaryList.Value>
            {rb.latestVersionNumber ? `Version ${rb.latestVersionNumber}` : 'None yet'}
          </SummaryList.Value>
        </SummaryList.Row>
        {rb.submittedBy && rb.status === 'IN_REVIEW' && (
          <SummaryList.Row>
            <SummaryList.Key>Submitted</SummaryList.Key>
            <SummaryList.Value>
              by {rb.submittedBy.displayName}
              {rb.submittedAt ? `, ${londonTime(rb.submittedAt)}` : ''}
            </SummaryList.Value>
          </SummaryList.Row>
        )}
        <SummaryList.Row>
          <SummaryList.Key>Next review</SummaryList.Key>
          <SummaryList.Value>{rb.nextReviewAt ? londonTime(rb.nextReviewAt) : 'Once approved'}</SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>
      {actions.length > 0 && (
        <div className="nhsuk-button-group">
          {actions.map((action, i) => (
            <Button key={action} secondary={i > 0} onClick={() => void run(action)}>
              {ACTION_WORDS[action]}
            </Button>
          ))}
        </div>
      )}
      {rb.status === 'IN_REVIEW' && !actions.includes('APPROVE') && rb.submittedBy?.id === viewer.user?.id && (
        <p>You submitted this runbook, so another EPRR lead must approve it (four eyes).</p>
      )}

      <h2>Steps</h2>
      <RunbookSteps steps={rb.steps} onRemove={editable ? (stepId) => void remove(stepId) : undefined} />
      {editable && (
        <>
          <AddStepForm runbookId={rb.id} version={rb.version} onAdded={() => void refetch()} />
          <OwnerForm
            runbookId={rb.id}
            version={rb.version}
            ownerId={rb.owner?.id ?? null}
            onChanged={() => void refetch()}
          />
        </>
      )}

      <h2>Approved versions</h2>
      <RunbookVersions versions={rb.versions} />
    </>
  );
}

const DONE_WORDS: Record<RunbookAction, string> = {
  SUBMIT: 'Submitted for review. Another EPRR lead of the organisation approves it.',
  APPROVE: 'Approved: this version is now in force.',
  RETURN: 'Returned to draft.',
  REVISE: 'A new draft has been started; the approved version stays in force until the new one is approved.',
};
