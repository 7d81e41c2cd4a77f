/**
 * UK mobile numbers: what a person may type (`07700 900123`, `+44 (0)7700 900123`,
 * `0044 7700-900123`) and the one form stored and sent (`+447700900123`, E.164). UK
 * mobiles are 07 followed by nine digits, from 071–075 and 077–079 (070 is a personal
 * number, 076 a pager, except 07624: Isle of Man mobiles).
 */
const UK_MOBILE = /^7(?:[1-57-9]\d{8}|624\d{6})$/;

/** The number in E.164 form, or null when it is not a UK mobile number. */
export function normaliseUkMobile(input: string): string | null {
  const compact = input.replace(/[\s().-]/g, '');
  const national = /^(?:\+44|0044|44)0?(\d{10})$/.exec(compact)?.[1] ?? /^0(\d{10})$/.exec(compact)?.[1];
  return national && UK_MOBILE.test(national) ? `+44${national}` : null;
}

/**
 * What the audit trail and messages about a delivery show of a number: its last three
 * digits. The trail is append-only and kept for years; a person's number is personal data
 * that changes and must be erasable, so it is never written there in clear.
 */
export function mobileEnding(number: string | null): string | null {
  return number === null ? null : `…${number.slice(-3)}`;
}
