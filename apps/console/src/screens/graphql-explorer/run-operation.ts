/** What the explorer sends and shows: one operation over HTTP with the session's bearer token. */
export interface ExplorerRequest {
  query: string;
  variables: string;
  operationName: string;
}

export type ExplorerOutcome =
  { ok: true; status: number; body: string } | { ok: false; problem: string; field?: string };

export function parseVariables(text: string): { ok: true; value: Record<string, unknown> } | { ok: false } {
  if (!text.trim()) return { ok: true, value: {} };
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? { ok: true, value: value as Record<string, unknown> }
      : { ok: false };
  } catch {
    return { ok: false };
  }
}

export async function runOperation(
  request: ExplorerRequest,
  token: string | null,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<ExplorerOutcome> {
  if (!request.query.trim()) return { ok: false, field: 'query', problem: 'Enter a GraphQL operation' };
  const variables = parseVariables(request.variables);
  if (!variables.ok)
    return { ok: false, field: 'variables', problem: 'Variables must be a JSON object, like {"id": "…"}' };
  try {
    const response = await fetchImpl('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({
        query: request.query,
        variables: variables.value,
        ...(request.operationName.trim() ? { operationName: request.operationName.trim() } : {}),
      }),
    });
    const text = await response.text();
    let body = text;
    try {
      body = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // Not JSON: shown as it came.
    }
    return { ok: true, status: response.status, body };
  } catch {
    return { ok: false, problem: 'Muster cannot be reached. Check your connection and try again.' };
  }
}
