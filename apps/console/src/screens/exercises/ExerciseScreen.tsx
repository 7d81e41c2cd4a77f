import { useQuery } from '@apollo/client/react';
import { BackLink, SummaryList } from 'nhsuk-react-components';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { useNow } from '../../components/use-now';
import { useViewer } from '../../components/viewer-context';
import { ActionTracker } from './ActionTracker';
import { mayChangeExercise } from './exercise-access';
import { londonDate, themeWords, typeWords } from './exercise-words';
import { ExerciseFindings } from './ExerciseFindings';
import { FindingForm } from './FindingForm';
import { ExerciseActionsQuery, ExerciseDetailQuery } from './operations';
import { RaiseActionForm } from './RaiseActionForm';

/**
 * One exercise: what was played and by whom, its findings, and the action tracker of the
 * actions raised from them. The organiser's EPRR lead or administrator records findings
 * and raises actions here.
 */
export default function ExerciseScreen() {
  const { id = '' } = useParams();
  const now = useNow();
  const { viewer, organisations: mine } = useViewer();
  const exercise = useQuery(ExerciseDetailQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const actions = useQuery(ExerciseActionsQuery, { variables: { exerciseId: id }, fetchPolicy: 'network-only' });
  const [done, setDone] = useState<string | null>(null);
  const [formProblems, setFormProblems] = useState(0);
  const title = exercise.data?.exercise.title;
  useEffect(() => {
    document.title = `${formProblems ? 'Error: ' : ''}${title ?? 'Exercise'} – Muster`;
  }, [title, formProblems]);

  const error = exercise.error ?? actions.error;
  if (error) {
    return (
      <Problem title="This exercise could not be loaded">
        <p>{problemWords(error)}</p>
        <p>
          <Link to="/exercises">Back to exercises</Link>
        </p>
      </Problem>
    );
  }
  if (!exercise.data || !actions.data) return <Loading what="the exercise" />;
  const e = exercise.data.exercise;
  const listed = actions.data.exercise.actions;
  const taking = [
    { id: e.organisingOrganisationId, name: e.organisingOrganisationName },
    ...e.participants.map((p) => ({ id: p.organisationId, name: p.name })),
  ];
  const mayChange = mayChangeExercise(mine, e.organisingOrganisationId);
  const teamIds = viewer.grants.flatMap((g) => (g.team ? [g.team.id] : []));
  const refresh = async (message: string) => {
    setDone(message);
    await Promise.all([exercise.refetch(), actions.refetch()]);
  };

  return (
    <>
      <BackLink asElement={Link} to="/exercises">
        Back to exercises
      </BackLink>
      {done && (
        <p className="nhsuk-body" role="status" data-testid="done">
          {done}
        </p>
      )}
      <span className="nhsuk-caption-l">{typeWords(e.type)}</span>
      <h1>{e.title}</h1>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Type</SummaryList.Key>
          <SummaryList.Value>{typeWords(e.type)}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Theme</SummaryList.Key>
          <SummaryList.Value>{themeWords(e.theme)}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Held</SummaryList.Key>
          <SummaryList.Value>{londonDate(e.heldAt)}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Organised by</SummaryList.Key>
          <SummaryList.Value>{e.organisingOrganisationName}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Also took part</SummaryList.Key>
          <SummaryList.Value data-testid="participants">
            {e.participants.length ? e.participants.map((p) => `${p.name} (${p.odsCode})`).join(', ') : 'No one else'}
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Runbooks exercised</SummaryList.Key>
          <SummaryList.Value>
            {e.runbooks.length ? (
              <ul className="nhsuk-list">
                {e.runbooks.map((r) => (
                  <li key={r.runbookId}>
                    <Link to={`/runbooks/${r.runbookId}`}>{r.title}</Link>
                    {r.versionNumber ? `, version ${r.versionNumber}` : ', a draft'}
                  </li>
                ))}
              </ul>
            ) : (
              'None recorded'
            )}
          </SummaryList.Value>
        </SummaryList.Row>
        {e.scenario && (
          <SummaryList.Row>
            <SummaryList.Key>Scenario</SummaryList.Key>
            <SummaryList.Value>{e.scenario}</SummaryList.Value>
          </SummaryList.Row>
        )}
      </SummaryList>
      <ActionTracker
        tracker={e.actionTracker}
        actions={listed.nodes}
        hasMore={listed.pageInfo.hasNextPage}
        onMore={() =>
          void actions.fetchMore({
            variables: { after: listed.pageInfo.endCursor },
            updateQuery: (prev, { fetchMoreResult }) => ({
              exercise: {
                ...fetchMoreResult.exercise,
                actions: {
                  ...fetchMoreResult.exercise.actions,
                  nodes: [...prev.exercise.actions.nodes, ...fetchMoreResult.exercise.actions.nodes],
                },
              },
            }),
          })
        }
        now={now}
        teamIds={teamIds}
      />
      <ExerciseFindings findings={e.findings} actions={listed.nodes} organisations={taking} />
      {mayChange && (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            {e.findings.length > 0 && (
              <RaiseActionForm
                findings={e.findings}
                organisations={taking}
                onRaised={(action) => refresh(`Action raised: ${action}`)}
                onProblems={setFormProblems}
              />
            )}
            <FindingForm
              exerciseId={e.id}
              organisations={taking}
              onRecorded={(finding) => refresh(`Finding recorded: ${finding}`)}
              onProblems={setFormProblems}
            />
          </div>
        </div>
      )}
    </>
  );
}
