import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Radios, TextInput, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { problemWords } from '../../components/PageStatus';
import type { IgRecipient } from '../../generated/graphql';
import {
  EMPTY_NOTIFICATION,
  lateFirstNotice,
  needsReference,
  notificationInput,
  RECIPIENT_WORDS,
  validateNotification,
  type NotificationForm as Form,
} from './notification-form';
import { RecordIgNotificationMutation } from './operations';

/** A notification made (to the ICO and others), or a further submission: the next phase. */
export function NotificationForm({
  thread,
  onSaved,
  onCancel,
}: {
  thread: { id: string; deadlineAt: string; notifications: readonly { recipient: IgRecipient }[] };
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<Form>(EMPTY_NOTIFICATION);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [record] = useMutation(RecordIgNotificationMutation);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const late = lateFirstNotice(form, thread, Date.now());

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateNotification(form, late, Date.now());
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      await record({ variables: { input: notificationInput(form, thread.id) } });
      onSaved();
    } catch (caught) {
      setBusy(false);
      setProblems(
        CombinedGraphQLErrors.is(caught)
          ? caught.errors.map((e) => {
              const name = String((e.extensions as { field?: string } | undefined)?.field ?? '').replace(
                /^input\./,
                '',
              );
              return {
                field: name && name in EMPTY_NOTIFICATION ? `notification-${name}` : undefined,
                message: e.message,
              };
            })
          : [{ message: problemWords(caught as Error) || 'The notification could not be saved. Try again.' }],
      );
    }
  }

  const field = (id: keyof Form) => ({ id: `notification-${id}`, error: problemFor(problems, `notification-${id}`) });
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="notification-form-heading">
      <FormErrorSummary problems={problems} />
      <h2 id="notification-form-heading">Record a notification</h2>
      <Radios {...field('recipient')} legend="Who was notified">
        {(Object.keys(RECIPIENT_WORDS) as IgRecipient[]).map((r) => (
          <Radios.Item key={r} value={r} checked={form.recipient === r} onChange={() => set('recipient', r)}>
            {RECIPIENT_WORDS[r]}
          </Radios.Item>
        ))}
      </Radios>
      {needsReference(form.recipient) && (
        <TextInput
          {...field('externalReference')}
          label="The authority’s reference"
          value={form.externalReference}
          onChange={(e) => set('externalReference', e.target.value)}
        />
      )}
      <TextInput
        {...field('notifiedAt')}
        type="datetime-local"
        label="When it was made (UK time)"
        hint="Leave empty for now"
        value={form.notifiedAt}
        onChange={(e) => set('notifiedAt', e.target.value)}
      />
      <Textarea
        {...field('details')}
        label="What was submitted (optional)"
        value={form.details}
        onChange={(e) => set('details', e.target.value)}
      />
      {late && (
        <Textarea
          {...field('delayReason')}
          label="Reasons for the delay"
          hint="The first notification is after the 72-hour deadline"
          value={form.delayReason}
          onChange={(e) => set('delayReason', e.target.value)}
        />
      )}
      <div className="nhsuk-button-group">
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Record the notification'}
        </Button>
        <Button type="button" secondary onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
