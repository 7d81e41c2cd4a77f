import { NotificationKind } from './notification-kind';

/**
 * How a kind goes by SMS (GOV.UK Notify) to people with a mobile number, besides the inbox
 * and email: `on` by default, and a person may turn it off for the kind; `always`, and a
 * person may not (a page: whoever is on call must be woken, and the way out is to hand
 * the duty over, not to silence it). A kind not listed never goes by SMS: texts cost
 * money and wake people, so only what must be acted on now is listed.
 */
export type SmsKindRule = 'on' | 'always';

/**
 * The kinds that go by SMS, in one place.
 * - INCIDENT_ROLE_ASSIGNED: the one notification addressed to exactly the person who must
 *   act now (made commander, loggist, …, of a live incident), raised once per assignment,
 *   never in bulk. `on`, not
 *   `always`: they are also emailed (it is urgent) and told in the inbox, and some may
 *   choose not to be texted for it.
 * - ON_CALL_PAGE: a page to whoever is on call (libs/oncall), with its one-time
 *   acknowledgement link. `always`: the person on call must be woken; they hand the duty
 *   over rather than silence it, and an unanswered page escalates to the next level.
 * Declarations and level changes go to every commander and EPRR lead of the ICB at once:
 * by email and webhook, not by text.
 */
export const SMS_KINDS: Readonly<Partial<Record<NotificationKind, SmsKindRule>>> = {
  [NotificationKind.INCIDENT_ROLE_ASSIGNED]: 'on',
  [NotificationKind.ON_CALL_PAGE]: 'always',
};

/** How the kind goes by SMS, or undefined when it never does. */
export function smsRuleOf(kind: NotificationKind): SmsKindRule | undefined {
  return SMS_KINDS[kind];
}

/** Whether a person with a number gets the kind by SMS, given their choice for it (undefined: none made). */
export function wantsSms(kind: NotificationKind, chosen: boolean | null | undefined): boolean {
  return smsWanted(smsRuleOf(kind), chosen);
}

export function smsWanted(rule: SmsKindRule | undefined, chosen: boolean | null | undefined): boolean {
  if (rule === 'always') return true;
  return rule === 'on' && chosen !== false;
}
