import { useQuery } from '@apollo/client/react';
import { Button, Select, Table, Tag } from 'nhsuk-react-components';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { useViewer } from '../../components/viewer-context';
import type { ExerciseFilter, ExerciseTheme, ExerciseType } from '../../generated/graphql';
import { trackerHeadline } from './action-tracker';
import { mayRecordExercises } from './exercise-access';
import { EXERCISE_THEMES, EXERCISE_TYPES, londonDate, themeWords, typeWords } from './exercise-words';
import { ExerciseComplianceList } from './ExerciseCompliance';
import { ExercisesListQuery } from './operations';
import { useAllOrganisations } from '../../components/use-all-organisations';

const PAGE = 20;

/**
 * Exercises: every exercise the person may see, newest first (filtered by type, theme and
 * organisation; "Show more" pages on), each with its action plan in a line; then each
 * organisation's exercise compliance in words.
 */
export default function ExercisesScreen() {
  const { acting } = useViewer();
  const { organisations } = useAllOrganisations();
  const [type, setType] = useState<ExerciseType | ''>('');
  const [theme, setTheme] = useState<ExerciseTheme | ''>('');
  const [organisationId, setOrganisationId] = useState('');
  const filter: ExerciseFilter = {
    ...(type ? { type } : {}),
    ...(theme ? { theme } : {}),
    ...(organisationId ? { organisationId } : {}),
  };
  const { data, error, fetchMore, loading } = useQuery(ExercisesListQuery, {
    variables: { first: PAGE, filter },
    fetchPolicy: 'network-only',
  });
  useEffect(() => {
    document.title = 'Exercises – Muster';
  }, []);
  const filtered = Boolean(type || theme || organisationId);
  const exercises = data?.exercises.nodes ?? [];

  return (
    <>
      <h1>Exercises</h1>
      <p className="nhsuk-body">
        Exercises your organisations organised or took part in (every exercise for the ICB’s EPRR lead), newest first,
        with the lessons they identified and the actions raised from them.
      </p>
      {mayRecordExercises(acting) && (
        <Button asElement={Link} to="/exercises/new" secondary>
          Record an exercise
        </Button>
      )}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <Select
            id="filter-type"
            label="Type"
            value={type}
            onChange={(e) => setType(e.target.value as ExerciseType | '')}
          >
            <Select.Option value="">Any type</Select.Option>
            {EXERCISE_TYPES.map((t) => (
              <Select.Option key={t.value} value={t.value}>
                {t.words}
              </Select.Option>
            ))}
          </Select>
        </div>
        <div className="nhsuk-grid-column-one-third">
          <Select
            id="filter-theme"
            label="Theme"
            value={theme}
            onChange={(e) => setTheme(e.target.value as ExerciseTheme | '')}
          >
            <Select.Option value="">Any theme</Select.Option>
            {EXERCISE_THEMES.map((t) => (
              <Select.Option key={t.value} value={t.value}>
                {t.words}
              </Select.Option>
            ))}
          </Select>
        </div>
        <div className="nhsuk-grid-column-one-third">
          <Select
            id="filter-organisation"
            label="Organised by or with"
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
          >
            <Select.Option value="">Any organisation</Select.Option>
            {(organisations ?? []).map((o) => (
              <Select.Option key={o.id} value={o.id}>
                {o.name}
              </Select.Option>
            ))}
          </Select>
        </div>
      </div>
      {error ? (
        <Problem title="The exercises could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="exercises" />
      ) : exercises.length === 0 ? (
        <p className="nhsuk-body" data-testid="no-exercises">
          {filtered
            ? 'No exercise matches these filters. Choose “Any” in a filter to see more.'
            : 'No exercises yet. Exercises your organisations organise or take part in will appear here once recorded.'}
        </p>
      ) : (
        <>
          <Table caption="Exercises, newest first">
            <Table.Head>
              <Table.Row>
                <Table.Cell>Exercise</Table.Cell>
                <Table.Cell>Held</Table.Cell>
                <Table.Cell>Organisations</Table.Cell>
                <Table.Cell>Actions</Table.Cell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {exercises.map((e) => (
                <Table.Row key={e.id} data-testid="exercise-row" data-title={e.title}>
                  <Table.Cell>
                    <Link to={`/exercises/${e.id}`}>{e.title}</Link>
                    <br />
                    <span className="nhsuk-body-s">
                      {typeWords(e.type)}, {themeWords(e.theme).toLowerCase()}
                    </span>
                  </Table.Cell>
                  <Table.Cell>{londonDate(e.heldAt)}</Table.Cell>
                  <Table.Cell>
                    {e.organisingOrganisationName} (organiser)
                    {e.participants.length > 0 && `, ${e.participants.map((p) => p.name).join(', ')}`}
                  </Table.Cell>
                  <Table.Cell>
                    {trackerHeadline(e.actionTracker)}
                    {e.actionTracker.overdue > 0 && (
                      <>
                        {' '}
                        <Tag modifier="red">Overdue actions</Tag>
                      </>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {data.exercises.pageInfo.hasNextPage && (
            <Button
              secondary
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: data.exercises.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    exercises: {
                      ...fetchMoreResult.exercises,
                      nodes: [...prev.exercises.nodes, ...fetchMoreResult.exercises.nodes],
                    },
                  }),
                })
              }
            >
              Show more exercises
            </Button>
          )}
        </>
      )}
      <ExerciseComplianceList all={organisations} />
    </>
  );
}
