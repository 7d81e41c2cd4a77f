import { useMutation } from '@apollo/client/react';
import { Button, Select, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { roleWords } from '../../components/roles';
import { useViewer } from '../../components/viewer-context';
import type { Role } from '../../generated/graphql';
import { adminProblems, EMPTY_PERSON, validatePerson, type PersonForm } from './admin-forms';
import { grantableRoles } from './admin-roles';
import { AdminCreateUserMutation } from './operations';
import { TeamSelect, type AdminTeam } from './TeamSelect';

const FIELDS = {
  displayName: 'person-name',
  email: 'person-email',
  role: 'person-role',
  teamId: 'person-team',
};

/** A new account in the acting organisation, with its first role (and team); the API emails them an invitation. */
export function AddPersonForm({
  teams,
  onAdded,
  onCancel,
  onProblems,
}: {
  teams: AdminTeam[];
  onAdded: (words: string) => void;
  onCancel: () => void;
  onProblems: (some: boolean) => void;
}) {
  const { acting } = useViewer();
  const [form, setForm] = useState<PersonForm>(EMPTY_PERSON);
  const [problems, setProblemsState] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [create] = useMutation(AdminCreateUserMutation);
  const setProblems = (found: FormProblem[]) => {
    setProblemsState(found);
    onProblems(found.length > 0);
  };
  const set = (key: keyof PersonForm, value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validatePerson(form);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      await create({
        variables: {
          input: {
            organisationId: acting.id,
            displayName: form.displayName.trim(),
            email: form.email.trim(),
            role: form.role as Role,
            teamId: form.teamId || undefined,
          },
        },
      });
      onAdded(
        `${form.displayName.trim()} was added as ${roleWords(form.role as Role).toLowerCase()}. We emailed them a link to set their own password: it works once, for a limited time.`,
      );
    } catch (caught) {
      setProblems(adminProblems(caught, FIELDS, 'person-email'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="add-person-heading">
      <FormErrorSummary problems={problems} />
      <h2 id="add-person-heading">Add a person</h2>
      <TextInput
        id="person-name"
        label="Full name"
        autoComplete="off"
        value={form.displayName}
        onChange={(e) => set('displayName', e.target.value)}
        error={problemFor(problems, 'person-name')}
      />
      <TextInput
        id="person-email"
        type="email"
        label="Email address"
        hint="Their work email: they sign in with it"
        autoComplete="off"
        spellCheck={false}
        value={form.email}
        onChange={(e) => set('email', e.target.value)}
        error={problemFor(problems, 'person-email')}
      />
      <Select
        id="person-role"
        label="First role"
        value={form.role}
        onChange={(e) => set('role', e.target.value)}
        error={problemFor(problems, 'person-role')}
      >
        <Select.Option value="">Select a role</Select.Option>
        {grantableRoles(acting.roles).map((r) => (
          <Select.Option key={r} value={r}>
            {roleWords(r)}
          </Select.Option>
        ))}
      </Select>
      <TeamSelect
        id="person-team"
        teams={teams}
        value={form.teamId}
        onChange={(teamId) => set('teamId', teamId)}
        error={problemFor(problems, 'person-team')}
      />
      <p>We email them a link to set their own password. Nobody else ever knows it.</p>
      <div className="nhsuk-button-group">
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Add person'}
        </Button>
        <Button
          type="button"
          secondary
          onClick={() => {
            setProblems([]);
            onCancel();
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
