import type { FormProblem } from '../../components/FormErrorSummary';
import type { IgRecipient, RecordIgNotificationInput } from '../../generated/graphql';
import { londonInputToIso } from './ig-clock';

export const RECIPIENT_WORDS: Record<IgRecipient, string> = {
  ICO: 'Information Commissioner’s Office (ICO)',
  DSPT: 'Through the DSPT incident reporting tool',
  NIS_COMPETENT_AUTHORITY: 'NIS competent authority (DHSC)',
  DATA_SUBJECTS: 'The people affected',
  SENIOR_MANAGEMENT: 'Senior management',
};

/** Recipients whose notification needs the authority's reference. */
const NEEDS_REFERENCE = new Set<IgRecipient>(['ICO', 'DSPT', 'NIS_COMPETENT_AUTHORITY']);
export const needsReference = (r: IgRecipient | ''): boolean => r !== '' && NEEDS_REFERENCE.has(r);

export interface NotificationForm {
  recipient: IgRecipient | '';
  externalReference: string;
  details: string;
  notifiedAt: string;
  delayReason: string;
}

export const EMPTY_NOTIFICATION: NotificationForm = {
  recipient: '',
  externalReference: '',
  details: '',
  notifiedAt: '',
  delayReason: '',
};

/**
 * Whether a first notification to a 72-hour recipient (ICO, DSPT, NIS) made at `at` is late,
 * so the form asks for the reasons before the API refuses without them.
 */
export function lateFirstNotice(
  form: NotificationForm,
  thread: { deadlineAt: string; notifications: readonly { recipient: IgRecipient }[] },
  now: number,
): boolean {
  if (!needsReference(form.recipient)) return false;
  if (thread.notifications.some((n) => n.recipient === form.recipient)) return false;
  const at = form.notifiedAt ? Date.parse(londonInputToIso(form.notifiedAt) ?? '') : now;
  return at > Date.parse(thread.deadlineAt);
}

export function validateNotification(form: NotificationForm, late: boolean, now: number): FormProblem[] {
  const problems: FormProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!form.recipient) add('notification-recipient', 'Select who was notified');
  if (needsReference(form.recipient) && !form.externalReference.trim())
    add('notification-externalReference', 'Enter the reference the authority gave');
  if (form.notifiedAt) {
    const at = londonInputToIso(form.notifiedAt);
    if (!at) add('notification-notifiedAt', 'Enter when it was made as a date and time');
    else if (Date.parse(at) > now) add('notification-notifiedAt', 'When it was made cannot be in the future');
  }
  if (late && !form.delayReason.trim()) add('notification-delayReason', 'Enter the reasons for the delay');
  return problems;
}

export function notificationInput(form: NotificationForm, threadId: string): RecordIgNotificationInput {
  return {
    threadId,
    recipient: form.recipient as IgRecipient,
    externalReference: form.externalReference.trim() || undefined,
    details: form.details.trim() || undefined,
    notifiedAt: form.notifiedAt ? londonInputToIso(form.notifiedAt) : undefined,
    delayReason: form.delayReason.trim() || undefined,
  };
}
