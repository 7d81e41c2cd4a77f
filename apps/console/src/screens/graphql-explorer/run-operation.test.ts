import { describe, expect, it } from 'vitest';
import { parseVariables, runOperation } from './run-operation';

describe('the GraphQL explorer', () => {
  it('reads variables as a JSON object only', () => {
    expect(parseVariables('')).toEqual({ ok: true, value: {} });
    expect(parseVariables('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseVariables('[1]')).toEqual({ ok: false });
    expect(parseVariables('{a: 1}')).toEqual({ ok: false });
  });

  it('sends the operation with the bearer token and shows the answer indented', async () => {
    let sent: RequestInit | undefined;
    const outcome = await runOperation(
      { query: '{ me { label } }', variables: '', operationName: '' },
      'tok',
      async (_url: RequestInfo | URL, init?: RequestInit) => {
        sent = init;
        return new Response('{"data":{"me":{"label":"x"}}}', { status: 200 });
      },
    );
    expect(sent?.headers).toMatchObject({ authorization: 'Bearer tok', 'content-type': 'application/json' });
    expect(outcome).toEqual({
      ok: true,
      status: 200,
      body: '{\n  "data": {\n    "me": {\n      "label": "x"\n    }\n  }\n}',
    });
  });

  it('names the field to fix before sending anything', async () => {
    expect(await runOperation({ query: ' ', variables: '', operationName: '' }, null)).toMatchObject({
      field: 'query',
    });
    expect(await runOperation({ query: '{ a }', variables: 'nope', operationName: '' }, null)).toMatchObject({
      field: 'variables',
    });
  });
});
