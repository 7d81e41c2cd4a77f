import { GraphqlResponse, TestApp, TestUser } from '@muster/testing';

/** GraphQL operations of mobile numbers and SMS choices, shared by the SMS suites. */
export const SMS_OPS = {
  setMobileNumber: `mutation($input: SetMobileNumberInput!) { setMobileNumber(input: $input) { id mobileNumber version } }`,
  me: `query { me { user { id mobileNumber } } }`,
  users: `query($organisationId: ID!) { users(organisationId: $organisationId, first: 100) { nodes { id mobileNumber } } }`,
  preferences: `query { notificationPreferences { kind email sms smsRule } }`,
  setSmsPreference: `mutation($input: SetSmsPreferenceInput!) { setSmsPreference(input: $input) { kind email sms smsRule } }`,
};

export function setMobileNumber(
  t: TestApp,
  who: TestUser,
  userId: string,
  mobileNumber: string | null,
): Promise<GraphqlResponse<{ setMobileNumber: { id: string; mobileNumber: string | null; version: number } }>> {
  return t.gql.request(SMS_OPS.setMobileNumber, { input: { userId, mobileNumber } }, { token: who.token });
}

/** Sets the person's own number; fails the test if refused. */
export async function giveMobileNumber(t: TestApp, who: TestUser, mobileNumber: string): Promise<void> {
  const res = await setMobileNumber(t, who, who.id, mobileNumber);
  if (res.errors?.length) throw new Error(`setMobileNumber failed: ${JSON.stringify(res.errors)}`);
}

/** The mobile numbers of an organisation's people, as `who` sees them. */
export async function mobileNumbersSeen(
  t: TestApp,
  who: TestUser,
  organisationId: string,
): Promise<Map<string, string | null>> {
  const data = await t.gql.ok<{ users: { nodes: { id: string; mobileNumber: string | null }[] } }>(
    SMS_OPS.users,
    { organisationId },
    { token: who.token },
  );
  return new Map(data.users.nodes.map((u) => [u.id, u.mobileNumber]));
}

/** The audit events whose summary or changes hold this text (a number in clear must never be there). */
export async function auditEventsMentioning(t: TestApp, text: string): Promise<number> {
  const [{ count }] = await t.dataSource.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM audit_event WHERE summary LIKE $1 OR changes::text LIKE $1`,
    [`%${text}%`],
  );
  return count;
}
