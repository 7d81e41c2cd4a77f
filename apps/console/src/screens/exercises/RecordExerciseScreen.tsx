import { useMutation, useQuery } from '@apollo/client/react';
import { BackLink, Button, Checkboxes, Radios, Select, TextInput, Textarea } from 'nhsuk-react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { useViewer } from '../../components/viewer-context';
import type { ExerciseTheme, ExerciseType } from '../../generated/graphql';
import { mayRecordExercises } from './exercise-access';
import { apiProblems, EMPTY_EXERCISE, validateExercise, type ExerciseForm } from './exercise-forms';
import { EXERCISE_THEMES, EXERCISE_TYPES, londonInstant, londonToday } from './exercise-words';
import { ExerciseRunbookChoicesQuery, RecordExerciseMutation } from './operations';
import { useAllOrganisations } from '../../components/use-all-organisations';

const API_FIELDS = {
  type: 'exercise-type',
  theme: 'exercise-theme',
  title: 'exercise-title',
  heldAt: 'exercise-held',
  scenario: 'exercise-scenario',
  participantOrganisationIds: 'exercise-participants',
  runbookIds: 'exercise-runbooks',
};

/** Records an exercise once held, organised by the acting organisation: its EPRR lead or administrator. */
export default function RecordExerciseScreen() {
  const { acting } = useViewer();
  const navigate = useNavigate();
  const { organisations, error: organisationsError } = useAllOrganisations();
  const { data: runbooks, error: runbooksError } = useQuery(ExerciseRunbookChoicesQuery, {
    variables: { organisationId: acting.id },
  });
  const [record] = useMutation(RecordExerciseMutation);
  const [form, setForm] = useState<ExerciseForm>(EMPTY_EXERCISE);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ExerciseForm>(key: K, value: ExerciseForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'participantIds' | 'runbookIds', id: string) =>
    setForm((f) => ({ ...f, [key]: f[key].includes(id) ? f[key].filter((x) => x !== id) : [...f[key], id] }));
  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}Record an exercise – Muster`;
  }, [problems]);

  if (!mayRecordExercises(acting)) {
    return (
      <Problem title="You cannot record exercises for this organisation">
        <p>Exercises are recorded by {acting.name}’s EPRR lead or organisation administrator.</p>
      </Problem>
    );
  }
  const error = organisationsError ?? runbooksError;
  if (error) {
    return (
      <Problem title="The form could not be loaded">
        <p>{problemWords(error)}</p>
      </Problem>
    );
  }
  if (!organisations || !runbooks) return <Loading what="the form" />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateExercise(form, londonToday(Date.now()));
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      const { data } = await record({
        variables: {
          input: {
            organisingOrganisationId: acting.id,
            type: form.type as ExerciseType,
            theme: form.theme as ExerciseTheme,
            title: form.title.trim(),
            // The start of the day in UK time: a day held today is never "in the future".
            heldAt: londonInstant(form.heldOn, 0) ?? form.heldOn,
            scenario: form.scenario.trim() || undefined,
            participantOrganisationIds: form.participantIds,
            runbookIds: form.runbookIds,
          },
        },
      });
      if (data) void navigate(`/exercises/${data.recordExercise.id}`);
    } catch (caught) {
      setBusy(false);
      setProblems(apiProblems(caught, API_FIELDS));
    }
  }

  const others = organisations.filter((o) => o.id !== acting.id);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to="/exercises">
          Back to exercises
        </BackLink>
        <FormErrorSummary problems={problems} />
        <h1>Record an exercise</h1>
        <p>Organised by {acting.name}. Record its findings and raise actions from them on the exercise’s page.</p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Radios id="exercise-type" legend="Type of exercise" error={problemFor(problems, 'exercise-type')}>
            {EXERCISE_TYPES.map((t) => (
              <Radios.Item
                key={t.value}
                value={t.value}
                hint={t.hint}
                checked={form.type === t.value}
                onChange={() => set('type', t.value)}
              >
                {t.words}
              </Radios.Item>
            ))}
          </Radios>
          <Select
            id="exercise-theme"
            label="Theme"
            hint="NHS England’s exercise programme themes"
            value={form.theme}
            onChange={(e) => set('theme', e.target.value)}
            error={problemFor(problems, 'exercise-theme')}
          >
            <Select.Option value="">Select a theme</Select.Option>
            {EXERCISE_THEMES.map((t) => (
              <Select.Option key={t.value} value={t.value}>
                {t.words}
              </Select.Option>
            ))}
          </Select>
          <TextInput
            id="exercise-title"
            label="Title"
            hint="Like ‘ICS cyber crisis simulation’"
            value={form.title}
            onChange={(e) => set('title', e.target.value)}
            error={problemFor(problems, 'exercise-title')}
          />
          <TextInput
            id="exercise-held"
            label="Date held"
            hint="The day it was held, today or earlier"
            type="date"
            width={10}
            value={form.heldOn}
            onChange={(e) => set('heldOn', e.target.value)}
            error={problemFor(problems, 'exercise-held')}
          />
          <Textarea
            id="exercise-scenario"
            label="Scenario played (optional)"
            value={form.scenario}
            onChange={(e) => set('scenario', e.target.value)}
            error={problemFor(problems, 'exercise-scenario')}
          />
          {others.length > 0 && (
            <Checkboxes
              id="exercise-participants"
              legend="Other organisations that took part (optional)"
              hint="They see the exercise, its findings and the actions raised for them"
              error={problemFor(problems, 'exercise-participants')}
            >
              {others.map((o) => (
                <Checkboxes.Item
                  key={o.id}
                  value={o.id}
                  checked={form.participantIds.includes(o.id)}
                  onChange={() => toggle('participantIds', o.id)}
                >
                  {o.name}
                </Checkboxes.Item>
              ))}
            </Checkboxes>
          )}
          {runbooks.runbooks.nodes.length > 0 && (
            <Checkboxes
              id="exercise-runbooks"
              legend={`Runbooks of ${acting.name} it tested (optional)`}
              hint="Each is recorded with the version in force now"
              error={problemFor(problems, 'exercise-runbooks')}
            >
              {runbooks.runbooks.nodes.map((r) => (
                <Checkboxes.Item
                  key={r.id}
                  value={r.id}
                  checked={form.runbookIds.includes(r.id)}
                  onChange={() => toggle('runbookIds', r.id)}
                >
                  {r.title}
                </Checkboxes.Item>
              ))}
            </Checkboxes>
          )}
          <Button type="submit" disabled={busy}>
            Record exercise
          </Button>
        </form>
      </div>
    </div>
  );
}
