import { useMutation } from '@apollo/client/react';
import { Button, Fieldset, Select, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import type { AssuranceFrameworkKind, TeamFunction } from '../../generated/graphql';
import { problemsOf, validateGapAction } from './assessment-forms';
import { RaiseGapActionMutation } from './operations';

const FUNCTIONS: { value: TeamFunction; words: string }[] = [
  { value: 'EPRR', words: 'EPRR' },
  { value: 'INFORMATION_GOVERNANCE', words: 'Information governance' },
  { value: 'CYBER_SOC', words: 'Cyber security (SOC)' },
  { value: 'DIGITAL', words: 'Digital' },
  { value: 'EXECUTIVE_ON_CALL', words: 'Executive on call' },
  { value: 'COMMUNICATIONS', words: 'Communications' },
  { value: 'CLINICAL', words: 'Clinical' },
];

/** Raises an action (an assignment for the organisation) from a gap; the gap then shows its status. */
export function GapActionForm(props: {
  kind: AssuranceFrameworkKind;
  gaps: { id: string; reference: string; title: string; action?: { id: string } | null }[];
  onRaised: (words: string) => void;
}) {
  const defaultTeam: TeamFunction = props.kind === 'EPRR_CORE_STANDARDS' ? 'EPRR' : 'INFORMATION_GOVERNANCE';
  const empty = { gapId: '', function: defaultTeam as string, title: '' };
  const [form, setForm] = useState(empty);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [raise, { loading }] = useMutation(RaiseGapActionMutation);
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateGapAction(form);
    setProblems(found);
    if (found.length) return;
    try {
      const result = await raise({
        variables: {
          input: {
            gapId: form.gapId,
            function: form.function as TeamFunction,
            title: form.title.trim() || undefined,
          },
        },
      });
      setForm(empty);
      props.onRaised(`Action raised: ${result.data?.raiseAssessmentGapAction.title ?? 'for the gap'}.`);
    } catch (caught) {
      setProblems(
        problemsOf(caught, { gapId: 'gap-action-gap', function: 'gap-action-team', title: 'gap-action-title' }),
      );
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <FormErrorSummary problems={problems} />
      <Fieldset>
        <Fieldset.Legend size="m">Raise an action from a gap</Fieldset.Legend>
        <Select
          id="gap-action-gap"
          label="Gap"
          value={form.gapId}
          onChange={(e) => set('gapId', e.target.value)}
          error={problemFor(problems, 'gap-action-gap')}
        >
          <Select.Option value="">Select a gap</Select.Option>
          {props.gaps.map((g) => (
            <Select.Option key={g.id} value={g.id}>
              {g.reference} {g.title}
              {g.action ? ' (has an action)' : ''}
            </Select.Option>
          ))}
        </Select>
        <Select
          id="gap-action-team"
          label="Team"
          hint="The organisation’s team that carries out the action"
          value={form.function}
          onChange={(e) => set('function', e.target.value)}
          error={problemFor(problems, 'gap-action-team')}
        >
          {FUNCTIONS.map((f) => (
            <Select.Option key={f.value} value={f.value}>
              {f.words}
            </Select.Option>
          ))}
        </Select>
        <TextInput
          id="gap-action-title"
          label="Action (optional)"
          hint="The requirement’s reference and title when left empty; due by the gap’s target date"
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={problemFor(problems, 'gap-action-title')}
        />
        <Button type="submit" secondary disabled={loading}>
          Raise action
        </Button>
      </Fieldset>
    </form>
  );
}
