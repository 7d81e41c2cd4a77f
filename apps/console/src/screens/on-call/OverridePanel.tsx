import { useMutation } from '@apollo/client/react';
import { Button, Details, Select, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import type { RotaSummaryFragment } from '../../generated/graphql';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { problemsOf } from '../../components/api-problems';
import { dutyWords } from './on-call-words';
import { AddRotaOverrideMutation } from './operations';
import { coverCandidates, EMPTY_OVERRIDE, overrideInput, validateOverride, type OverrideForm } from './override-form';

/** The API's field names, mapped to this form's fields. */
const API_FIELDS = {
  rotaId: 'override-rota',
  userId: 'override-person',
  startsAt: 'override-from-day',
  endsAt: 'override-to-day',
  reason: 'override-reason',
};

/** Records cover agreed on a rota (a swap, leave): who covers, from when to when in UK time, and why. */
export function OverridePanel({
  rotas,
  agreedByUserId,
  onProblems,
}: {
  rotas: RotaSummaryFragment[];
  agreedByUserId: string;
  onProblems: (count: number) => void;
}) {
  const [add] = useMutation(AddRotaOverrideMutation);
  const [form, setForm] = useState<OverrideForm>(EMPTY_OVERRIDE);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof OverrideForm, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const show = (found: FormProblem[]) => {
    setProblems(found);
    onProblems(found.length);
  };
  const rota = rotas.find((r) => r.id === form.rotaId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRecorded(null);
    const found = validateOverride(form, Date.now());
    show(found);
    if (found.length) return;
    setBusy(true);
    try {
      await add({ variables: { input: overrideInput(form, agreedByUserId) } });
      const who = rota && coverCandidates(rota).find((p) => p.userId === form.userId)?.displayName;
      setRecorded(`Cover recorded: ${who ?? 'the person you chose'} on ${rota ? dutyWords(rota.duty) : 'the rota'}.`);
      setForm(EMPTY_OVERRIDE);
    } catch (caught) {
      show(problemsOf(caught, API_FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Details>
      <Details.Summary>Record cover on a rota</Details.Summary>
      <Details.Text>
        <FormErrorSummary problems={problems} />
        {recorded && (
          <p role="status" className="nhsuk-body">
            <strong>{recorded}</strong>
          </p>
        )}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Select
            id="override-rota"
            label="Rota"
            value={form.rotaId}
            onChange={(e) => setForm({ ...form, rotaId: e.target.value, userId: '' })}
            error={problemFor(problems, 'override-rota')}
          >
            <Select.Option value="">Choose a rota</Select.Option>
            {rotas.map((r) => (
              <Select.Option key={r.id} value={r.id}>
                {dutyWords(r.duty)}
                {r.deputy ? ' (deputy)' : ''}: {r.name}
              </Select.Option>
            ))}
          </Select>
          <Select
            id="override-person"
            label="Who covers"
            hint="The people on the rota you chose"
            value={form.userId}
            onChange={(e) => set('userId', e.target.value)}
            error={problemFor(problems, 'override-person')}
          >
            <Select.Option value="">Choose a person</Select.Option>
            {(rota ? coverCandidates(rota) : []).map((p) => (
              <Select.Option key={p.userId} value={p.userId}>
                {p.displayName}
              </Select.Option>
            ))}
          </Select>
          <div className="muster-filters">
            <TextInput
              id="override-from-day"
              type="date"
              label="From (UK date)"
              width={10}
              value={form.fromDay}
              onChange={(e) => set('fromDay', e.target.value)}
              error={problemFor(problems, 'override-from-day')}
            />
            <TextInput
              id="override-from-time"
              type="time"
              label="Time"
              width={5}
              value={form.fromTime}
              onChange={(e) => set('fromTime', e.target.value)}
            />
            <TextInput
              id="override-to-day"
              type="date"
              label="To (UK date)"
              width={10}
              value={form.toDay}
              onChange={(e) => set('toDay', e.target.value)}
              error={problemFor(problems, 'override-to-day')}
            />
            <TextInput
              id="override-to-time"
              type="time"
              label="Time"
              width={5}
              value={form.toTime}
              onChange={(e) => set('toTime', e.target.value)}
            />
          </div>
          <TextInput
            id="override-reason"
            label="Why"
            hint="Recorded as agreed by you, with this reason"
            value={form.reason}
            onChange={(e) => set('reason', e.target.value)}
            error={problemFor(problems, 'override-reason')}
          />
          <Button type="submit" secondary disabled={busy}>
            {busy ? 'Recording…' : 'Record cover'}
          </Button>
        </form>
      </Details.Text>
    </Details>
  );
}
