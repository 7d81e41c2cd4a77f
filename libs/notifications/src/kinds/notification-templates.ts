import { NotificationKind } from './notification-kind';

/** How a kind goes out besides the inbox (which always gets it). */
export type EmailRule = 'on' | 'off' | 'never';

export interface KindTemplate {
  /**
   * The only values the text may show, and the only ones stored with the notification:
   * names and dates, never the content of a decision (IG decisions above all).
   */
  fields: readonly string[];
  /** Subject line and first line of a card: short enough for a phone's lock screen. */
  title: string;
  body: string;
  /** Email by default (`on`/`off`, a person may change it) or `never` (and a person may not). */
  email: EmailRule;
  /** Also posted to the webhook of the organisation, and of each team it is addressed to. */
  webhook: boolean;
  /** Goes by every configured channel: email whatever the person's preference, and webhooks. */
  urgent: boolean;
  /** Links: cut at MAX_LINK_LENGTH, not MAX_VALUE_LENGTH (a shortened link would not work). */
  whole?: readonly string[];
}

/**
 * Every kind's text, in one place. `{field}` is replaced by the value given for it, cut to
 * MAX_VALUE_LENGTH; a template may name only its own `fields` (templates.spec.ts checks
 * this, and that no field is IG decision content). `actorName` and `organisationName` are
 * filled in by the notifications service from the change itself.
 */
export const TEMPLATES = {
  [NotificationKind.RUNBOOK_SUBMITTED]: {
    fields: ['runbookTitle', 'actorName', 'organisationName'],
    title: 'Runbook to review: {runbookTitle}',
    body: '{actorName} submitted "{runbookTitle}" ({organisationName}) for review. Another EPRR lead must approve it or return it.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.RUNBOOK_APPROVED]: {
    fields: ['runbookTitle', 'actorName', 'versionNumber'],
    title: 'Runbook approved: {runbookTitle}',
    body: '{actorName} approved "{runbookTitle}" as version {versionNumber}. It is now in force: check the steps for your role.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.RUNBOOK_RETURNED]: {
    fields: ['runbookTitle', 'actorName'],
    title: 'Runbook returned to draft: {runbookTitle}',
    body: '{actorName} returned "{runbookTitle}" to draft. Open it in Muster to see why.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.RUNBOOK_REVIEW_DUE]: {
    fields: ['runbookTitle', 'organisationName', 'dueDate'],
    title: 'Review due: {runbookTitle}',
    body: '"{runbookTitle}" ({organisationName}) is due for review on {dueDate}. Review it and approve a new version before then.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.RUNBOOK_REVIEW_OVERDUE]: {
    fields: ['runbookTitle', 'organisationName', 'dueDate'],
    title: 'Review overdue: {runbookTitle}',
    body: '"{runbookTitle}" ({organisationName}) was due for review on {dueDate} and is out of date. Review it as soon as you can.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.RUNBOOK_REVIEW_AFTER_EXERCISE]: {
    fields: ['runbookTitle', 'organisationName', 'exerciseTitle', 'heldDate'],
    title: 'Review after exercise: {runbookTitle}',
    body: 'The exercise "{exerciseTitle}" of {heldDate} tested "{runbookTitle}" ({organisationName}) and identified lessons. Review the plan with them: revise it, or mark it reviewed.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.ASSESSMENT_SUBMITTED]: {
    fields: ['frameworkName', 'period', 'actorName', 'organisationName'],
    title: 'Assessment to confirm: {organisationName}',
    body: '{actorName} submitted the {frameworkName} self-assessment of {organisationName} for {period}: confirm it or return it with comments.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.ASSESSMENT_RETURNED]: {
    fields: ['frameworkName', 'period', 'actorName', 'organisationName'],
    title: 'Assessment returned: {frameworkName}',
    body: '{actorName} returned the {frameworkName} self-assessment of {organisationName} for {period} to draft. Read the comments in Muster.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.ASSESSMENT_CONFIRMED]: {
    fields: ['frameworkName', 'period', 'actorName', 'organisationName'],
    title: 'Assessment confirmed: {frameworkName}',
    body: '{actorName} confirmed the {frameworkName} self-assessment of {organisationName} for {period}. It can no longer change.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.API_KEY_CREATED]: {
    fields: ['keyName', 'role', 'actorName', 'organisationName'],
    title: 'New API key: {keyName}',
    body: '{actorName} created the API key "{keyName}" with role {role} for {organisationName}. If you did not expect it, revoke it.',
    email: 'on',
    webhook: true,
    urgent: true,
  },
  [NotificationKind.ACCOUNT_LOCKED]: {
    fields: ['lockedUntil'],
    title: 'Sign-in to your Muster account paused',
    body: 'After repeated failed sign-ins from one address, sign-in from there is paused until {lockedUntil}. Not you? Tell your organisation admin.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.ACCOUNT_INVITATION]: {
    fields: ['actorName', 'organisationName', 'welcomeLink', 'expiresAt'],
    whole: ['welcomeLink'],
    title: 'Set your password for Muster',
    body: '{actorName} gave you a Muster account at {organisationName}. Set your password with this link (once, until {expiresAt}): {welcomeLink}',
    // Emailed: the person cannot sign in yet, so has chosen nothing. Never to a webhook
    // (urgent would post it to one): the link is theirs alone.
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.INCIDENT_REPORTED]: {
    fields: ['incidentRef', 'title', 'actorName', 'organisationName'],
    title: 'Incident reported: {incidentRef}',
    body: '{actorName} reported {incidentRef} "{title}" at {organisationName}. An incident commander decides whether to stand by or declare.',
    email: 'on',
    webhook: true,
    urgent: true,
  },
  [NotificationKind.INCIDENT_DECLARED]: {
    fields: ['incidentRef', 'typeLabel', 'level', 'regionNote', 'actorName'],
    title: 'Incident declared: {incidentRef}',
    body: '{actorName} declared {incidentRef} a {typeLabel} incident at level {level}. {regionNote}',
    email: 'on',
    webhook: true,
    urgent: true,
  },
  [NotificationKind.INCIDENT_LEVEL_CHANGED]: {
    fields: ['incidentRef', 'level', 'previousLevel', 'regionNote', 'actorName'],
    title: 'Incident {incidentRef}: level changed',
    body: '{actorName} changed {incidentRef} from level {previousLevel} to level {level}. {regionNote}',
    email: 'on',
    webhook: true,
    urgent: true,
  },
  [NotificationKind.INCIDENT_STATUS_CHANGED]: {
    fields: ['incidentRef', 'title', 'statusLabel', 'actorName', 'organisationName'],
    title: 'Incident {incidentRef} changed status',
    body: '{actorName} changed {incidentRef} "{title}" ({organisationName}): {statusLabel}.',
    email: 'on',
    webhook: true,
    urgent: false,
  },
  [NotificationKind.INCIDENT_ROLE_ASSIGNED]: {
    fields: ['incidentRef', 'title', 'roleLabel', 'actorName'],
    title: 'Command role on incident {incidentRef}',
    body: '{actorName} made you {roleLabel} on incident {incidentRef} "{title}". Open it in Muster for the timeline and the latest SitRep.',
    email: 'on',
    webhook: false,
    urgent: true,
  },
  [NotificationKind.INCIDENT_SITREP_DUE]: {
    fields: ['incidentRef', 'title', 'dueTime'],
    title: 'SitRep due: {incidentRef}',
    body: 'The next SitRep of {incidentRef} "{title}" was due at {dueTime}. Submit it in Muster.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.ASSIGNMENT_ASSIGNED]: {
    fields: ['assignmentTitle', 'organisationName', 'dueTime', 'actorName'],
    title: 'Assigned to you: {assignmentTitle}',
    body: '"{assignmentTitle}" ({organisationName}) is assigned to you or your team, due {dueTime}. Acknowledge it in Muster.',
    email: 'on',
    webhook: true,
    urgent: false,
  },
  [NotificationKind.ASSIGNMENT_BLOCKED]: {
    fields: ['assignmentTitle', 'organisationName', 'actorName'],
    title: 'Assignment blocked: {assignmentTitle}',
    body: '{actorName} marked "{assignmentTitle}" ({organisationName}) as blocked. Open it in Muster to see why and unblock it.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.ASSIGNMENT_OVERDUE]: {
    fields: ['assignmentTitle', 'organisationName', 'dueTime'],
    title: 'Assignment overdue: {assignmentTitle}',
    body: '"{assignmentTitle}" ({organisationName}) was due at {dueTime} and is not done. Complete it, or agree a new due time.',
    email: 'on',
    webhook: true,
    urgent: false,
  },
  [NotificationKind.INCIDENT_STOOD_DOWN]: {
    fields: ['incidentRef', 'title', 'actorName', 'organisationName'],
    title: 'Incident stood down: {incidentRef}',
    body: '{actorName} stood down {incidentRef} "{title}" ({organisationName}). Record the lessons identified so it can be closed.',
    email: 'on',
    webhook: true,
    urgent: false,
  },
  // The IG clock: which incident and organisation, and when; never what was decided.
  [NotificationKind.IG_CLOCK_WARNING]: {
    fields: ['incidentRef', 'organisationName', 'dueTime', 'hoursLeft'],
    title: 'IG 72-hour clock running: {incidentRef}',
    body: '{hoursLeft} hours left: the 72-hour clock of {organisationName} on incident {incidentRef} runs out at {dueTime}. Record the notification or the call in Muster.',
    email: 'on',
    webhook: false,
    urgent: true,
  },
  [NotificationKind.IG_CLOCK_PASSED]: {
    fields: ['incidentRef', 'organisationName', 'dueTime'],
    title: 'IG 72-hour clock passed: {incidentRef}',
    body: 'The 72-hour clock of {organisationName} on incident {incidentRef} ran out at {dueTime}. A late notification needs the reasons for the delay.',
    email: 'on',
    webhook: false,
    urgent: true,
  },
  [NotificationKind.IG_REVIEW_DUE]: {
    fields: ['incidentRef', 'organisationName', 'dueTime'],
    title: 'IG review due: {incidentRef}',
    body: 'The IG call of {organisationName} on incident {incidentRef}, deferred pending facts, was due for review at {dueTime}. Record it in Muster.',
    email: 'on',
    webhook: false,
    urgent: false,
  },
  // Which alert and when it is to be answered: the reference and title NHS England published.
  [NotificationKind.CYBER_ALERT_RECEIVED]: {
    fields: ['alertCode', 'alertTitle', 'organisationName', 'answerBy'],
    title: 'NHS cyber alert {alertCode}',
    body: 'NHS cyber alert {alertCode} "{alertTitle}" was issued to {organisationName}. Acknowledge it and state whether it applies in Muster: {answerBy}.',
    email: 'on',
    webhook: true,
    urgent: false,
  },
  [NotificationKind.DELIVERY_FAILED]: {
    fields: ['channel', 'recipient', 'subject', 'attempts', 'reason'],
    title: 'Could not deliver a notification by {channel}',
    body: '"{subject}" did not reach {recipient} after {attempts} attempt(s) ({reason}). Check the settings.',
    // In the inbox only: a failing channel must not report on itself, nor loop.
    email: 'never',
    webhook: false,
    urgent: false,
  },
  [NotificationKind.ON_CALL_PAGE]: {
    // The text a person reads on a phone at 3 a.m. (and, by SMS, the whole message): the
    // duty, where, the pager's words, and the one-time link. Never IG decision content.
    fields: ['dutyName', 'organisationName', 'incidentRef', 'message', 'ackMinutes', 'ackLink'],
    title: 'On-call page: {dutyName}',
    body: '{message} ({organisationName}, {incidentRef}). Acknowledge within {ackMinutes} minutes or it escalates: {ackLink}',
    email: 'on',
    webhook: false,
    // Urgent: emailed whatever the person's email choice, and texted always (SMS_KINDS).
    urgent: true,
  },
} as const satisfies Record<NotificationKind, KindTemplate>;

type Templates = typeof TEMPLATES;
type FieldOf<K extends NotificationKind> = Templates[K]['fields'][number];

/** Values the notifications service fills in itself, from the change that raises the notification. */
export type ContextField = 'actorName' | 'organisationName';

/** What a caller gives for kind K: its template's fields, less those the service fills in. */
export type NotificationParams<K extends NotificationKind> = {
  [F in Exclude<FieldOf<K>, ContextField>]: string | number;
};

export const MAX_VALUE_LENGTH = 60;
/** A link's longest: PUBLIC_URL is at most 120 characters, and a token path fits in the rest. */
export const MAX_LINK_LENGTH = 200;

export interface RenderedText {
  title: string;
  body: string;
  /** Exactly the template's fields, as shown. */
  params: Record<string, string>;
}

/** The kind's text with `values` in it; values of fields the template does not name are dropped, never shown or stored. */
export function render(kind: NotificationKind, values: Record<string, string | number | undefined>): RenderedText {
  const template: KindTemplate = TEMPLATES[kind];
  const params: Record<string, string> = {};
  for (const field of template.fields) {
    const value = String(values[field] ?? '—');
    params[field] = shorten(value, template.whole?.includes(field) ? MAX_LINK_LENGTH : MAX_VALUE_LENGTH);
  }
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? unknownField(kind, name));
  return { title: fill(template.title), body: fill(template.body), params };
}

/** At most `max` characters, counted and cut whole (an emoji is never split into a lone surrogate, which PostgreSQL's JSON refuses). */
function shorten(value: string, max: number): string {
  const characters = Array.from(value.replace(/\s+/g, ' ').trim());
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : characters.join('');
}

function unknownField(kind: string, name: string): never {
  throw new Error(`The ${kind} template names {${name}}, which is not one of its fields`);
}
