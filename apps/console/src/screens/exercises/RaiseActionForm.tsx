import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Select, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import type { AssignmentPriority, TeamFunction } from '../../generated/graphql';
import { apiProblems, EMPTY_ACTION, teamChoices, validateAction, type ActionForm } from './exercise-forms';
import { londonInstant, TEAM_FUNCTIONS } from './exercise-words';
import { ExerciseOrganisationTeamsQuery, RaiseExerciseActionsMutation } from './operations';

const PRIORITIES: { value: AssignmentPriority; words: string }[] = [
  { value: 'CRITICAL', words: 'Critical' },
  { value: 'HIGH', words: 'High' },
  { value: 'MEDIUM', words: 'Medium' },
  { value: 'LOW', words: 'Low' },
];

/**
 * Raises an action from a finding: an assignment for the organiser or an organisation that
 * took part, worked by its team of the function chosen, due by 17:00 UK time on the day.
 */
export function RaiseActionForm({
  findings,
  organisations,
  onRaised,
  onProblems,
}: {
  findings: { id: string; title: string }[];
  organisations: { id: string; name: string }[];
  onRaised: (title: string) => Promise<void>;
  onProblems: (count: number) => void;
}) {
  const [raise] = useMutation(RaiseExerciseActionsMutation);
  const [form, setForm] = useState<ActionForm>(EMPTY_ACTION);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ActionForm>(key: K, value: ActionForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const { data: owner } = useQuery(ExerciseOrganisationTeamsQuery, {
    variables: { id: form.organisationId },
    skip: !form.organisationId,
  });
  const teams = teamChoices(owner?.organisation.teams, form.function);
  const show = (found: FormProblem[]) => {
    setProblems(found);
    onProblems(found.length);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateAction(form);
    show(found);
    if (found.length) return;
    setBusy(true);
    try {
      await raise({
        variables: {
          input: {
            findingId: form.findingId,
            actions: [
              {
                title: form.title.trim(),
                organisationId: form.organisationId,
                function: form.function as TeamFunction,
                teamId: teams.some((t) => t.id === form.teamId) ? form.teamId : undefined,
                priority: form.priority as AssignmentPriority,
                dueAt: form.dueOn.trim() ? londonInstant(form.dueOn, 17) : undefined,
              },
            ],
          },
        },
      });
      // The next action is often from the same finding, for the same organisation.
      setForm({ ...EMPTY_ACTION, findingId: form.findingId, organisationId: form.organisationId });
      await onRaised(form.title.trim());
    } catch (caught) {
      show(
        apiProblems(caught, {
          findingId: 'action-finding',
          title: 'action-title',
          organisationId: 'action-organisation',
          function: 'action-function',
          teamId: 'action-team',
          dueAt: 'action-due',
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="raise-action">
      <h2 id="raise-action">Raise an action</h2>
      <FormErrorSummary problems={problems} />
      <Select
        id="action-finding"
        label="Finding it answers"
        value={form.findingId}
        onChange={(e) => set('findingId', e.target.value)}
        error={problemFor(problems, 'action-finding')}
      >
        <Select.Option value="">Select a finding</Select.Option>
        {findings.map((f, i) => (
          <Select.Option key={f.id} value={f.id}>
            {i + 1}. {f.title}
          </Select.Option>
        ))}
      </Select>
      <TextInput
        id="action-title"
        label="Action"
        hint="What is to be done, like ‘Refresh the out-of-hours contact list’"
        value={form.title}
        onChange={(e) => set('title', e.target.value)}
        error={problemFor(problems, 'action-title')}
      />
      <Select
        id="action-organisation"
        label="Organisation that owns it"
        value={form.organisationId}
        onChange={(e) => setForm((f) => ({ ...f, organisationId: e.target.value, teamId: '' }))}
        error={problemFor(problems, 'action-organisation')}
      >
        <Select.Option value="">Select an organisation</Select.Option>
        {organisations.map((o) => (
          <Select.Option key={o.id} value={o.id}>
            {o.name}
          </Select.Option>
        ))}
      </Select>
      <Select
        id="action-function"
        label="Function that works it"
        hint="Like EPRR, information governance or digital"
        value={form.function}
        onChange={(e) => setForm((f) => ({ ...f, function: e.target.value, teamId: '' }))}
        error={problemFor(problems, 'action-function')}
      >
        <Select.Option value="">Select a team</Select.Option>
        {TEAM_FUNCTIONS.map((f) => (
          <Select.Option key={f.value} value={f.value}>
            {f.words}
          </Select.Option>
        ))}
      </Select>
      {teams.length > 0 && (
        <Select
          id="action-team"
          label="Team (optional)"
          hint="The team sees the action on its My work list"
          value={form.teamId}
          onChange={(e) => set('teamId', e.target.value)}
          error={problemFor(problems, 'action-team')}
        >
          <Select.Option value="">No team named</Select.Option>
          {teams.map((t) => (
            <Select.Option key={t.id} value={t.id}>
              {t.name}
            </Select.Option>
          ))}
        </Select>
      )}
      <TextInput
        id="action-due"
        label="Due date (optional)"
        hint="Due by 17:00 UK time on the day"
        type="date"
        width={10}
        value={form.dueOn}
        onChange={(e) => set('dueOn', e.target.value)}
        error={problemFor(problems, 'action-due')}
      />
      <Select
        id="action-priority"
        label="Priority"
        value={form.priority}
        onChange={(e) => set('priority', e.target.value)}
      >
        {PRIORITIES.map((p) => (
          <Select.Option key={p.value} value={p.value}>
            {p.words}
          </Select.Option>
        ))}
      </Select>
      <Button type="submit" secondary disabled={busy}>
        Raise action
      </Button>
    </form>
  );
}
