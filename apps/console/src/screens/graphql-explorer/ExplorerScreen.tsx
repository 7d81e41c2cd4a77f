import { Button, TextInput, Textarea } from 'nhsuk-react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { useSessionStore } from '../../auth/session-context';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { runOperation, type ExplorerRequest } from './run-operation';

const EXAMPLE = `query Me {
  me {
    label
    grants { role organisation { name } }
  }
}`;

/**
 * A small GraphQL explorer for developers, served from the project's own code (no CDN):
 * one operation at a time, sent as the signed-in person. The schema is schema.graphql in
 * the repository; /graphql redirects here in development.
 */
export default function ExplorerScreen() {
  const store = useSessionStore();
  const [request, setRequest] = useState<ExplorerRequest>({ query: EXAMPLE, variables: '', operationName: '' });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [result, setResult] = useState<{ status: number; body: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = 'GraphQL explorer – Muster';
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const outcome = await runOperation(request, await store.accessToken());
    setBusy(false);
    if (outcome.ok) {
      setProblems([]);
      setResult({ status: outcome.status, body: outcome.body });
    } else {
      setProblems([{ field: outcome.field, message: outcome.problem }]);
    }
  }

  return (
    <>
      <FormErrorSummary problems={problems} />
      <h1>GraphQL explorer</h1>
      <p>
        Run a query or mutation against this Muster as yourself. The schema is <code>schema.graphql</code> in the
        repository; subscriptions need a WebSocket client.
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Textarea
          id="query"
          label="Operation"
          rows={12}
          spellCheck={false}
          className="muster-code"
          value={request.query}
          onChange={(e) => setRequest({ ...request, query: e.target.value })}
          error={problemFor(problems, 'query')}
        />
        <Textarea
          id="variables"
          label="Variables (JSON, optional)"
          rows={4}
          spellCheck={false}
          className="muster-code"
          value={request.variables}
          onChange={(e) => setRequest({ ...request, variables: e.target.value })}
          error={problemFor(problems, 'variables')}
        />
        <TextInput
          id="operationName"
          label="Operation name (when the document has several)"
          width={20}
          value={request.operationName}
          onChange={(e) => setRequest({ ...request, operationName: e.target.value })}
        />
        <Button type="submit" disabled={busy}>
          {busy ? 'Running…' : 'Run'}
        </Button>
      </form>
      {result && (
        <section aria-live="polite">
          <h2>Answer (HTTP {result.status})</h2>
          <pre className="muster-code" tabIndex={0} data-testid="explorer-result">
            {result.body}
          </pre>
        </section>
      )}
    </>
  );
}
