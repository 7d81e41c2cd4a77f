import { useMutation } from '@apollo/client/react';
import { Button, Select, TextInput, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { apiProblems, EMPTY_FINDING, validateFinding, type FindingForm as Form } from './exercise-forms';
import { RecordExerciseFindingMutation } from './operations';

/** Records a finding (a lesson identified) of the exercise; the organiser's EPRR lead or administrator. */
export function FindingForm({
  exerciseId,
  organisations,
  onRecorded,
  onProblems,
}: {
  exerciseId: string;
  organisations: { id: string; name: string }[];
  onRecorded: (title: string) => Promise<void>;
  onProblems: (count: number) => void;
}) {
  const [record] = useMutation(RecordExerciseFindingMutation);
  const [form, setForm] = useState<Form>(EMPTY_FINDING);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const show = (found: FormProblem[]) => {
    setProblems(found);
    onProblems(found.length);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateFinding(form);
    show(found);
    if (found.length) return;
    setBusy(true);
    try {
      await record({
        variables: {
          input: {
            exerciseId,
            title: form.title.trim(),
            detail: form.detail.trim() || undefined,
            organisationId: form.organisationId || undefined,
          },
        },
      });
      setForm(EMPTY_FINDING);
      await onRecorded(form.title.trim());
    } catch (caught) {
      show(
        apiProblems(caught, {
          title: 'finding-title',
          detail: 'finding-detail',
          organisationId: 'finding-organisation',
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="record-finding">
      <h2 id="record-finding">Record a finding</h2>
      <FormErrorSummary problems={problems} />
      <TextInput
        id="finding-title"
        label="Lesson identified"
        hint="In one line, like ‘On-call lists were out of date’"
        value={form.title}
        onChange={(e) => setForm((f) => ({ ...f, title: e.target.value }))}
        error={problemFor(problems, 'finding-title')}
      />
      <Textarea
        id="finding-detail"
        label="What happened and what should change (optional)"
        value={form.detail}
        onChange={(e) => setForm((f) => ({ ...f, detail: e.target.value }))}
        error={problemFor(problems, 'finding-detail')}
      />
      <Select
        id="finding-organisation"
        label="Organisation it concerns (optional)"
        value={form.organisationId}
        onChange={(e) => setForm((f) => ({ ...f, organisationId: e.target.value }))}
        error={problemFor(problems, 'finding-organisation')}
      >
        <Select.Option value="">All who took part</Select.Option>
        {organisations.map((o) => (
          <Select.Option key={o.id} value={o.id}>
            {o.name}
          </Select.Option>
        ))}
      </Select>
      <Button type="submit" secondary disabled={busy}>
        Record finding
      </Button>
    </form>
  );
}
