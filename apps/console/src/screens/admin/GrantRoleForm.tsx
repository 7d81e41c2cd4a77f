import { useMutation } from '@apollo/client/react';
import { Button, Select } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { roleWords } from '../../components/roles';
import { useViewer } from '../../components/viewer-context';
import type { AdminPersonFragment, Role } from '../../generated/graphql';
import { adminProblems } from './admin-forms';
import { grantableRoles, ROLE_HINTS } from './admin-roles';
import { Confirm } from './Confirm';
import { AdminGrantRoleMutation } from './operations';
import { TeamSelect, type AdminTeam } from './TeamSelect';

/** Another role for the person here: chosen, then confirmed. */
export function GrantRoleForm({
  person,
  teams,
  held,
  onGranted,
}: {
  person: AdminPersonFragment;
  teams: AdminTeam[];
  held: Role[];
  onGranted: (words: string) => void;
}) {
  const { acting } = useViewer();
  const [role, setRole] = useState('');
  const [teamId, setTeamId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [grant] = useMutation(AdminGrantRoleMutation);
  const offered = grantableRoles(acting.roles, held);
  if (offered.length === 0) return <p>{person.displayName} holds every role you may grant here.</p>;
  const team = teams.find((t) => t.id === teamId);

  function check(event: FormEvent) {
    event.preventDefault();
    const found = role ? [] : [{ field: 'grant-role', message: 'Select the role to grant' }];
    setProblems(found);
    setConfirming(found.length === 0);
  }

  async function confirm() {
    setBusy(true);
    try {
      await grant({
        variables: {
          input: { userId: person.id, organisationId: acting.id, role: role as Role, teamId: teamId || undefined },
        },
      });
      setConfirming(false);
      onGranted(`${person.displayName} now holds ${roleWords(role as Role).toLowerCase()}.`);
    } catch (caught) {
      setConfirming(false);
      setProblems(adminProblems(caught, { role: 'grant-role', teamId: 'grant-team' }, 'grant-role'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={check} aria-labelledby="grant-heading">
      <FormErrorSummary problems={problems} />
      <h3 id="grant-heading">Grant a role</h3>
      <Select
        id="grant-role"
        label="Role"
        hint={role ? ROLE_HINTS[role as Role] : undefined}
        value={role}
        onChange={(e) => {
          setRole(e.target.value);
          setConfirming(false);
        }}
        error={problemFor(problems, 'grant-role')}
      >
        <Select.Option value="">Select a role</Select.Option>
        {offered.map((r) => (
          <Select.Option key={r} value={r}>
            {roleWords(r)}
          </Select.Option>
        ))}
      </Select>
      <TeamSelect
        id="grant-team"
        teams={teams}
        value={teamId}
        onChange={(id) => {
          setTeamId(id);
          setConfirming(false);
        }}
        error={problemFor(problems, 'grant-team')}
      />
      {confirming && role ? (
        <Confirm
          title={`Grant ${roleWords(role as Role).toLowerCase()} to ${person.displayName}?`}
          confirm="Yes, grant role"
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            At {acting.name}
            {team ? `, in the ${team.name} team` : ''}, from their next request. {ROLE_HINTS[role as Role]}
          </p>
        </Confirm>
      ) : (
        <Button type="submit" secondary>
          Grant role
        </Button>
      )}
    </form>
  );
}
