import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Select, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormProblem } from '../../components/FormErrorSummary';
import { RunbookOwnerCandidatesQuery, SetRunbookOwnerMutation } from './operations';
import { ownerOptions } from './owner-options';
import { problemsOf } from './runbook-forms';

/**
 * Names the person who owns the runbook (needed before it is submitted): any active member
 * of its organisation, as the API's `runbookOwnerCandidates` lists them for its EPRR leads
 * and administrators.
 */
export function OwnerForm(props: {
  runbookId: string;
  version: number;
  ownerId: string | null;
  onChanged: () => void;
}) {
  const [search, setSearch] = useState('');
  const {
    data,
    loading: finding,
    error,
  } = useQuery(RunbookOwnerCandidatesQuery, {
    variables: { runbookId: props.runbookId, search: search.trim() || undefined },
  });
  const [setOwner, { loading }] = useMutation(SetRunbookOwnerMutation);
  const [userId, setUserId] = useState(props.ownerId ?? '');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const people = ownerOptions(data?.runbookOwnerCandidates ?? [], props.ownerId);

  async function save(owner: string) {
    try {
      await setOwner({ variables: { input: { id: props.runbookId, userId: owner, version: props.version } } });
      setProblems([]);
      props.onChanged();
    } catch (caught) {
      setProblems(problemsOf(caught));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!userId) setProblems([{ field: 'runbook-owner', message: 'Select who owns the runbook' }]);
    else void save(userId);
  }

  const hint = finding
    ? 'Finding the people of the organisation…'
    : error
      ? 'The people of the organisation could not be listed. Reload the page to try again.'
      : people.length === 0
        ? `Nobody of the organisation${search.trim() ? ' has that name' : ' is active'}.`
        : 'The person accountable for keeping it right: anyone of the organisation, by name (the first 50).';

  return (
    <form noValidate onSubmit={submit}>
      <h2>Owner</h2>
      <FormErrorSummary problems={problems} />
      <TextInput
        id="runbook-owner-search"
        label="Find a person by name (optional)"
        width={20}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <Select
        id="runbook-owner"
        label="Owner"
        hint={hint}
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
        error={problems.find((p) => p.field === 'runbook-owner')?.message}
      >
        <Select.Option value="">Select a person</Select.Option>
        {people.map((p) => (
          <Select.Option key={p.id} value={p.id}>
            {p.label}
          </Select.Option>
        ))}
      </Select>
      <Button type="submit" secondary disabled={loading}>
        Set owner
      </Button>
    </form>
  );
}
