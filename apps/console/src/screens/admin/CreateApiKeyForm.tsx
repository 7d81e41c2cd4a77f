import { useMutation } from '@apollo/client/react';
import { Button, Radios, TextInput, WarningCallout } from 'nhsuk-react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { roleWords } from '../../components/roles';
import { useViewer } from '../../components/viewer-context';
import type { Role } from '../../generated/graphql';
import { adminProblems, validateApiKey, type ApiKeyForm } from './admin-forms';
import { API_KEY_ROLES, ROLE_HINTS } from './admin-roles';
import { AdminCreateApiKeyMutation } from './operations';

interface Created {
  name: string;
  secret: string;
}

/**
 * A new key: what it is for and its one role. The secret comes back once and lives only in
 * this component's state (the mutation skips the Apollo cache): leave the page, or say it
 * is copied, and it is gone for good.
 */
export function CreateApiKeyForm({
  onCreated,
  onProblems,
}: {
  onCreated: () => void;
  onProblems: (some: boolean) => void;
}) {
  const { acting } = useViewer();
  const [form, setForm] = useState<ApiKeyForm>({ name: '', role: '' });
  const [problems, setProblemsState] = useState<FormProblem[]>([]);
  const [created, setCreated] = useState<Created | null>(null);
  const [busy, setBusy] = useState(false);
  const [create] = useMutation(AdminCreateApiKeyMutation, { fetchPolicy: 'no-cache' });
  const setProblems = (found: FormProblem[]) => {
    setProblemsState(found);
    onProblems(found.length > 0);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateApiKey(form);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      const { data } = await create({
        variables: { input: { organisationId: acting.id, name: form.name.trim(), role: form.role as Role } },
      });
      if (data) setCreated({ name: data.createApiKey.apiKey.name, secret: data.createApiKey.secret });
      setForm({ name: '', role: '' });
      onCreated();
    } catch (caught) {
      setProblems(adminProblems(caught, { name: 'key-name', role: 'key-role' }, 'key-name'));
    } finally {
      setBusy(false);
    }
  }

  if (created) return <CreatedKey created={created} onDone={() => setCreated(null)} />;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="create-key-heading">
      <FormErrorSummary problems={problems} />
      <h2 id="create-key-heading">Create an API key</h2>
      <TextInput
        id="key-name"
        label="What the key is for"
        hint="The system that will use it, like ‘SOC SIEM’"
        autoComplete="off"
        value={form.name}
        onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
        error={problemFor(problems, 'key-name')}
      />
      <Radios
        id="key-role"
        name="key-role"
        legend="What the key may do"
        hint="A key never administers people or keys, and acts only in this organisation"
        error={problemFor(problems, 'key-role')}
      >
        {API_KEY_ROLES.map((r) => (
          <Radios.Item
            key={r}
            value={r}
            checked={form.role === r}
            onChange={() => setForm((f) => ({ ...f, role: r }))}
            hint={ROLE_HINTS[r]}
          >
            {roleWords(r)}
          </Radios.Item>
        ))}
      </Radios>
      <Button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Create API key'}
      </Button>
    </form>
  );
}

function CreatedKey({ created, onDone }: { created: Created; onDone: () => void }) {
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <WarningCallout data-testid="created-api-key">
      <div tabIndex={-1} ref={heading}>
        <WarningCallout.Heading>Copy the {created.name} key now</WarningCallout.Heading>
      </div>
      <p>
        This is the only time the key is shown. Muster keeps only a fingerprint of it, and this page never saves it in
        your browser: once you leave the page it cannot be shown again. If it is lost, revoke it and create another.
      </p>
      <p>
        <code className="muster-code" data-testid="api-key-secret">
          {created.secret}
        </code>
      </p>
      <p>The system sends it in the x-api-key header of each request.</p>
      <Button type="button" secondary onClick={onDone}>
        I have copied the key
      </Button>
    </WarningCallout>
  );
}
