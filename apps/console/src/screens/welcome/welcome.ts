import type { FormProblem } from '../../components/FormErrorSummary';

/** The API's password policy, checked first here so the common mistakes answer at once. */
export const MIN_PASSWORD_LENGTH = 12;

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export type AcceptResult = { ok: true } | { ok: false; problem: FormProblem; linkUnusable: boolean };

const ACCEPT = `mutation AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password)
}`;

/** The token of the emailed link (`/welcome?token=…`), or null when the address has none. */
export function tokenFrom(search: string): string | null {
  const token = new URLSearchParams(search).get('token')?.trim();
  return token ? token : null;
}

/** The welcome form's own checks, before anything is sent. */
export function validateWelcome(password: string, confirm: string): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!password) problems.push({ field: 'password', message: 'Enter a password' });
  else if ([...password].length < MIN_PASSWORD_LENGTH) {
    problems.push({ field: 'password', message: `Password must be at least ${MIN_PASSWORD_LENGTH} characters long` });
  }
  if (!confirm) problems.push({ field: 'confirm', message: 'Enter the password again' });
  else if (password && confirm !== password) problems.push({ field: 'confirm', message: 'Passwords do not match' });
  return problems;
}

interface GraphqlAnswer {
  data?: { acceptInvitation?: boolean } | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

/** Sets the first password with the link's token (signed out: no session, plain GraphQL over fetch). */
export async function acceptInvitation(
  token: string,
  password: string,
  fetchImpl: Fetch = fetch,
): Promise<AcceptResult> {
  let answer: GraphqlAnswer;
  try {
    const response = await fetchImpl('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'omit',
      body: JSON.stringify({ query: ACCEPT, variables: { token, password } }),
    });
    answer = (await response.json()) as GraphqlAnswer;
  } catch {
    return unusable(false, 'Muster cannot be reached. Check your connection and try again.');
  }
  if (answer.data?.acceptInvitation) return { ok: true };
  return acceptProblem(answer);
}

/** What the API's refusal means for the person. */
export function acceptProblem(answer: GraphqlAnswer): AcceptResult {
  const error = answer.errors?.[0];
  const field = error?.extensions?.fields?.[0];
  if (error?.extensions?.code === 'BAD_USER_INPUT' && field?.field === 'token') {
    return unusable(
      true,
      'This link has expired or has already been used. Ask your organisation administrator to send the invitation again.',
    );
  }
  if (error?.extensions?.code === 'BAD_USER_INPUT' && field?.field === 'password') {
    return { ok: false, linkUnusable: false, problem: { field: 'password', message: `Password ${field.message}` } };
  }
  return unusable(false, 'Your password could not be set. Try again later.');
}

function unusable(linkUnusable: boolean, message: string): AcceptResult {
  return { ok: false, linkUnusable, problem: { message } };
}
