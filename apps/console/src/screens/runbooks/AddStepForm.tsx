import { useMutation } from '@apollo/client/react';
import { Button, Fieldset, Select, TextInput, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import type { Role, TeamFunction } from '../../generated/graphql';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { roleWords } from '../../components/roles';
import { AddRunbookStepMutation } from './operations';
import { EMPTY_STEP, problemsOf, validateStep, type StepForm } from './runbook-forms';

const ROLES: Role[] = ['INCIDENT_COMMANDER', 'EPRR_LEAD', 'IG_OFFICER', 'ORG_ADMIN', 'RESPONDER'];
const FUNCTIONS: { value: TeamFunction; words: string }[] = [
  { value: 'EXECUTIVE_ON_CALL', words: 'Executive on call' },
  { value: 'EPRR', words: 'EPRR' },
  { value: 'DIGITAL', words: 'Digital' },
  { value: 'CYBER_SOC', words: 'Cyber security (SOC)' },
  { value: 'INFORMATION_GOVERNANCE', words: 'Information governance' },
  { value: 'COMMUNICATIONS', words: 'Communications' },
  { value: 'CLINICAL', words: 'Clinical' },
];

/** Adds a step at the end of a draft. */
export function AddStepForm({
  runbookId,
  version,
  onAdded,
}: {
  runbookId: string;
  version: number;
  onAdded: () => void;
}) {
  const [form, setForm] = useState<StepForm>(EMPTY_STEP);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [add, { loading }] = useMutation(AddRunbookStepMutation);
  const set = (key: keyof StepForm, value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateStep(form);
    setProblems(found);
    if (found.length) return;
    try {
      await add({
        variables: {
          input: {
            runbookId,
            version,
            title: form.title.trim(),
            instructions: form.instructions.trim() || undefined,
            responsibleRole: (form.responsibleRole || undefined) as Role | undefined,
            function: (form.function || undefined) as TeamFunction | undefined,
            targetMinutes: form.targetMinutes.trim() ? Number(form.targetMinutes) : undefined,
          },
        },
      });
      setForm(EMPTY_STEP);
      onAdded();
    } catch (caught) {
      setProblems(problemsOf(caught, { title: 'step-title', targetMinutes: 'step-target', function: 'step-function' }));
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <FormErrorSummary problems={problems} />
      <Fieldset>
        <Fieldset.Legend size="m">Add a step</Fieldset.Legend>
        <TextInput
          id="step-title"
          label="Step"
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={problemFor(problems, 'step-title')}
        />
        <Textarea
          id="step-instructions"
          label="Instructions (optional)"
          value={form.instructions}
          onChange={(e) => set('instructions', e.target.value)}
        />
        <Select
          id="step-role"
          label="Who is responsible"
          value={form.responsibleRole}
          onChange={(e) => set('responsibleRole', e.target.value)}
        >
          <Select.Option value="">Anyone on the response</Select.Option>
          {ROLES.map((r) => (
            <Select.Option key={r} value={r}>
              {roleWords(r)}
            </Select.Option>
          ))}
        </Select>
        <Select
          id="step-function"
          label="Team"
          hint="The team of the organisation that does it; needed when a role is named"
          value={form.function}
          onChange={(e) => set('function', e.target.value)}
          error={problemFor(problems, 'step-function')}
        >
          <Select.Option value="">No particular team</Select.Option>
          {FUNCTIONS.map((f) => (
            <Select.Option key={f.value} value={f.value}>
              {f.words}
            </Select.Option>
          ))}
        </Select>
        <TextInput
          id="step-target"
          label="Target time in minutes (optional)"
          hint="From the declaration of the incident"
          inputMode="numeric"
          width={4}
          value={form.targetMinutes}
          onChange={(e) => set('targetMinutes', e.target.value)}
          error={problemFor(problems, 'step-target')}
        />
        <Button type="submit" secondary disabled={loading}>
          Add step
        </Button>
      </Fieldset>
    </form>
  );
}
