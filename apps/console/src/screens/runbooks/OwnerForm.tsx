import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Select } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormProblem } from '../../components/FormErrorSummary';
import { useViewer } from '../../components/viewer-context';
import { OrganisationPeopleQuery, SetRunbookOwnerMutation } from './operations';
import { problemsOf } from './runbook-forms';

/**
 * Names the person who owns the runbook (needed before it is submitted). Whoever may list
 * the organisation's people (its administrators) picks anyone; an EPRR lead, who may not,
 * can make themselves the owner.
 */
export function OwnerForm(props: {
  runbookId: string;
  organisationId: string;
  version: number;
  ownerId: string | null;
  onChanged: () => void;
}) {
  const { viewer } = useViewer();
  const { data, error } = useQuery(OrganisationPeopleQuery, { variables: { organisationId: props.organisationId } });
  const [setOwner, { loading }] = useMutation(SetRunbookOwnerMutation);
  const [userId, setUserId] = useState(props.ownerId ?? '');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const people = (data?.users.nodes ?? []).filter((u) => u.active);
  const me = viewer.user?.id ?? null;

  async function save(owner: string) {
    try {
      await setOwner({ variables: { input: { id: props.runbookId, userId: owner, version: props.version } } });
      setProblems([]);
      props.onChanged();
    } catch (caught) {
      setProblems(problemsOf(caught));
    }
  }

  if (error || !data) {
    if (!me || me === props.ownerId) return null;
    return (
      <>
        <h2>Owner</h2>
        <FormErrorSummary problems={problems} />
        <Button secondary disabled={loading} onClick={() => void save(me)}>
          Make me the owner
        </Button>
      </>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!userId) setProblems([{ field: 'runbook-owner', message: 'Select who owns the runbook' }]);
    else void save(userId);
  }

  return (
    <form noValidate onSubmit={submit}>
      <h2>Owner</h2>
      <FormErrorSummary problems={problems} />
      <Select
        id="runbook-owner"
        label="Owner"
        hint="The person accountable for keeping it right"
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
        error={problems.find((p) => p.field === 'runbook-owner')?.message}
      >
        <Select.Option value="">Select a person</Select.Option>
        {people.map((p) => (
          <Select.Option key={p.id} value={p.id}>
            {p.displayName}
          </Select.Option>
        ))}
      </Select>
      <Button type="submit" secondary disabled={loading}>
        Set owner
      </Button>
    </form>
  );
}
