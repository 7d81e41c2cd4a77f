import { useMutation, useQuery } from '@apollo/client/react';
import { BackLink, Button, InsetText, SummaryList, Tag, Textarea } from 'nhsuk-react-components';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { londonTime } from '../../components/time';
import { useViewer } from '../../components/viewer-context';
import { problemsOf, validateReturn } from './assessment-forms';
import {
  ACTION_WORDS,
  assessmentActions,
  gapsOf,
  groupByDomain,
  mayEditAssessment,
  submitBlockers,
  type AssessmentAction,
} from './assessment-view';
import { AssessmentGaps } from './AssessmentGaps';
import { AssessmentRequirements } from './AssessmentRequirements';
import { bandColour, overallWords, statusColour, statusWords } from './assurance-words';
import { GapActionForm } from './GapActionForm';
import {
  AssessmentFrameworkSectionsQuery,
  AssessmentQuery,
  ConfirmAssessmentMutation,
  PublishAssessmentMutation,
  ReturnAssessmentMutation,
  SubmitAssessmentMutation,
} from './operations';
import { RateRequirementForm } from './RateRequirementForm';

/**
 * One organisation's assessment: its overall rating, the gaps in words with their actions,
 * the requirements by domain, and what the person may do: rate and submit (the
 * organisation's editors), raise gap actions, confirm, return or publish (the ICB).
 */
export default function AssessmentScreen() {
  const { id = '' } = useParams();
  const { acting, organisations, viewer } = useViewer();
  const { data, error, refetch } = useQuery(AssessmentQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const frameworkId = data?.assessment.frameworkId ?? '';
  const framework = useQuery(AssessmentFrameworkSectionsQuery, { variables: { id: frameworkId }, skip: !frameworkId });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [submitAssessment] = useMutation(SubmitAssessmentMutation);
  const [confirm] = useMutation(ConfirmAssessmentMutation);
  const [publish] = useMutation(PublishAssessmentMutation);
  const [returnAssessment] = useMutation(ReturnAssessmentMutation);
  const a = data?.assessment;
  const domains = useMemo(
    () => (a ? groupByDomain(a.ratings, framework.data?.assuranceFramework.sections ?? []) : []),
    [a, framework.data],
  );
  const heading = a ? `${a.organisationName}: ${a.frameworkName} ${a.period}` : 'Assessment';
  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}${heading} – Muster`;
  }, [heading, problems]);

  if (error) {
    return (
      <Problem title="This assessment could not be loaded">
        <p>{problemWords(error)}</p>
      </Problem>
    );
  }
  if (!a) return <Loading what="the assessment" />;
  const facts = { status: a.status, organisationId: a.organisationId, frameworkKind: a.frameworkKind };
  const editor = mayEditAssessment(facts, acting);
  const actions = assessmentActions(facts, acting, organisations);
  const gaps = gapsOf(a.ratings);
  const { id: assessmentId, version } = a;

  async function changed(words: string) {
    setProblems([]);
    setDone(words);
    await refetch();
  }

  async function run(action: Exclude<AssessmentAction, 'RETURN'>) {
    const input = { assessmentId, version };
    try {
      if (action === 'SUBMIT') await submitAssessment({ variables: { input } });
      if (action === 'CONFIRM') await confirm({ variables: { input } });
      if (action === 'PUBLISH') await publish({ variables: { input } });
      await changed(DONE_WORDS[action]);
    } catch (caught) {
      setDone(null);
      setProblems(problemsOf(caught));
    }
  }

  async function sendBack(event: FormEvent) {
    event.preventDefault();
    const found = validateReturn(comment);
    setProblems(found);
    if (found.length) return;
    try {
      await returnAssessment({ variables: { input: { assessmentId, version, comment } } });
      setComment('');
      await changed(DONE_WORDS.RETURN);
    } catch (caught) {
      setDone(null);
      setProblems(problemsOf(caught, { comment: 'return-comment' }));
    }
  }

  return (
    <>
      <BackLink asElement={Link} to={`/assurance?framework=${a.frameworkId}`}>
        Back to the heat map
      </BackLink>
      <FormErrorSummary problems={problems} />
      {done && (
        <InsetText>
          <p role="status">{done}</p>
        </InsetText>
      )}
      <h1>
        {heading} <Tag modifier={statusColour(a.status)}>{statusWords(a.status)}</Tag>
      </h1>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Framework</SummaryList.Key>
          <SummaryList.Value>
            {a.frameworkName}, version {a.frameworkVersion}
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Overall rating</SummaryList.Key>
          <SummaryList.Value>
            <Tag modifier={bandColour(a.band.band, a.band.percent)}>{overallWords(a.band, a.frameworkKind)}</Tag>
          </SummaryList.Value>
        </SummaryList.Row>
        {a.deepDive && (
          <SummaryList.Row>
            <SummaryList.Key>Deep dive</SummaryList.Key>
            <SummaryList.Value>
              {a.deepDive.fullyCompliant} of {a.deepDive.applicable} questions fully met ({a.deepDive.percent}%), not
              counted in the rating
            </SummaryList.Value>
          </SummaryList.Row>
        )}
        {a.submittedAt && (
          <SummaryList.Row>
            <SummaryList.Key>Submitted</SummaryList.Key>
            <SummaryList.Value>{londonTime(a.submittedAt)}</SummaryList.Value>
          </SummaryList.Row>
        )}
        {a.confirmedAt && (
          <SummaryList.Row>
            <SummaryList.Key>Confirmed</SummaryList.Key>
            <SummaryList.Value>{londonTime(a.confirmedAt)}</SummaryList.Value>
          </SummaryList.Row>
        )}
        {a.status === 'DRAFT' && a.returnComment && (
          <SummaryList.Row>
            <SummaryList.Key>Returned by the ICB</SummaryList.Key>
            <SummaryList.Value>{a.returnComment}</SummaryList.Value>
          </SummaryList.Row>
        )}
      </SummaryList>
      {actions.includes('SUBMIT') && submitBlockers(a.ratings) && <p>{submitBlockers(a.ratings)}</p>}
      {actions.some((x) => x !== 'RETURN') && (
        <div className="nhsuk-button-group">
          {actions
            .filter((x): x is Exclude<AssessmentAction, 'RETURN'> => x !== 'RETURN')
            .map((action, i) => (
              <Button key={action} secondary={i > 0} onClick={() => void run(action)}>
                {ACTION_WORDS[action]}
              </Button>
            ))}
        </div>
      )}
      {actions.includes('RETURN') && (
        <form noValidate onSubmit={(event) => void sendBack(event)}>
          <Textarea
            id="return-comment"
            label="Return to draft with comments"
            hint="What the organisation must change before it submits again (confirm and challenge)"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            error={problemFor(problems, 'return-comment')}
          />
          <Button type="submit" secondary>
            {ACTION_WORDS.RETURN}
          </Button>
        </form>
      )}

      <h2>Gaps</h2>
      <AssessmentGaps gaps={gaps} />
      {editor && gaps.length > 0 && (
        <GapActionForm kind={a.frameworkKind} gaps={gaps} onRaised={(words) => void changed(words)} />
      )}

      <h2>Requirements by domain</h2>
      <AssessmentRequirements domains={domains} />
      {editor && a.status === 'DRAFT' && (
        <RateRequirementForm
          key={a.version}
          assessmentId={a.id}
          version={a.version}
          kind={a.frameworkKind}
          ratings={a.ratings}
          me={viewer.user?.id ?? null}
          onRated={(words) => void changed(words)}
        />
      )}
    </>
  );
}

const DONE_WORDS: Record<AssessmentAction, string> = {
  SUBMIT: 'Submitted to the ICB for confirm and challenge.',
  CONFIRM: 'Confirmed: the assessment can no longer change.',
  RETURN: 'Returned to draft with your comments; the organisation has been told.',
  PUBLISH: 'Published.',
};
