import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Select, Table, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { useViewer } from '../../components/viewer-context';
import type { TeamFunction } from '../../generated/graphql';
import { functionWords, TEAM_FUNCTIONS } from '../incident-room/room-state';
import { adminProblems, isRefused, validateTeam } from './admin-forms';
import { NotAnAdministrator } from './NotAnAdministrator';
import { AdminCreateTeamMutation, AdminTeamsQuery, AdminUpdateTeamMutation } from './operations';
import type { AdminTeam } from './TeamSelect';
import { useAdminTitle } from './use-admin-title';

/** The acting organisation's teams: create one, rename one. Who is in a team is a role held in it (People). */
export function TeamsPage() {
  const { acting } = useViewer();
  const [done, setDone] = useState('');
  const [renaming, setRenaming] = useState<AdminTeam | null>(null);
  const [createProblems, setCreateProblems] = useState(false);
  const [renameProblems, setRenameProblems] = useState(false);
  useAdminTitle('Teams', createProblems || renameProblems);
  const variables = { organisationId: acting.id };
  const { data, error, refetch } = useQuery(AdminTeamsQuery, { variables, fetchPolicy: 'network-only' });
  if (error && isRefused(error)) return <NotAnAdministrator organisation={acting.name} />;
  const changed = async (words: string) => {
    setDone(words);
    setRenaming(null);
    await refetch(variables);
  };
  const teams = data?.teams.nodes ?? [];

  return (
    <>
      <h1>Teams of {acting.name}</h1>
      <p>A person is in a team when they hold a role in it: choose the team when you add them or grant the role.</p>
      {done && (
        <p className="nhsuk-body" role="status">
          {done}
        </p>
      )}
      {error ? (
        <Problem title="The organisation’s teams could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="the organisation’s teams" />
      ) : teams.length === 0 ? (
        <p>{acting.name} has no teams yet. Teams you create appear here.</p>
      ) : (
        <Table caption="Teams">
          <Table.Head>
            <Table.Row>
              <Table.Cell>Name</Table.Cell>
              <Table.Cell>What it does</Table.Cell>
              <Table.Cell>
                <span className="nhsuk-u-visually-hidden">Action</span>
              </Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {teams.map((team) => (
              <Table.Row key={team.id} data-testid="team-row">
                <Table.Cell>{team.name}</Table.Cell>
                <Table.Cell>{functionWords(team.function)}</Table.Cell>
                <Table.Cell>
                  <button
                    type="button"
                    className="muster-link-button"
                    aria-expanded={renaming?.id === team.id}
                    onClick={() => setRenaming(renaming?.id === team.id ? null : team)}
                  >
                    Rename <span className="nhsuk-u-visually-hidden">{team.name}</span>
                  </button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {renaming && (
        <RenameTeamForm
          key={renaming.id}
          team={renaming}
          onProblems={setRenameProblems}
          onCancel={() => setRenaming(null)}
          onRenamed={(words) => void changed(words)}
        />
      )}
      <CreateTeamForm onProblems={setCreateProblems} onCreated={(words) => void changed(words)} />
    </>
  );
}

function CreateTeamForm({
  onCreated,
  onProblems,
}: {
  onCreated: (words: string) => void;
  onProblems: (some: boolean) => void;
}) {
  const { acting } = useViewer();
  const [name, setName] = useState('');
  const [teamFunction, setTeamFunction] = useState('');
  const [problems, setProblemsState] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [create] = useMutation(AdminCreateTeamMutation);
  const setProblems = (found: FormProblem[]) => {
    setProblemsState(found);
    onProblems(found.length > 0);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateTeam({ name, function: teamFunction }, 'team-name');
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      await create({
        variables: {
          input: { organisationId: acting.id, name: name.trim(), function: teamFunction as TeamFunction },
        },
      });
      setName('');
      setTeamFunction('');
      onCreated(`The ${name.trim()} team was created.`);
    } catch (caught) {
      setProblems(adminProblems(caught, { name: 'team-name', function: 'team-function' }, 'team-name'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="create-team-heading">
      <FormErrorSummary problems={problems} />
      <h2 id="create-team-heading">Create a team</h2>
      <TextInput
        id="team-name"
        label="Team name"
        hint="Like ‘Digital on call’"
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={problemFor(problems, 'team-name')}
      />
      <Select
        id="team-function"
        label="What the team does"
        hint="Muster pages and assigns work to teams by what they do"
        value={teamFunction}
        onChange={(e) => setTeamFunction(e.target.value)}
        error={problemFor(problems, 'team-function')}
      >
        <Select.Option value="">Select what it does</Select.Option>
        {TEAM_FUNCTIONS.map((f) => (
          <Select.Option key={f} value={f}>
            {functionWords(f)}
          </Select.Option>
        ))}
      </Select>
      <Button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Create team'}
      </Button>
    </form>
  );
}

function RenameTeamForm({
  team,
  onRenamed,
  onCancel,
  onProblems,
}: {
  team: AdminTeam;
  onRenamed: (words: string) => void;
  onCancel: () => void;
  onProblems: (some: boolean) => void;
}) {
  const [name, setName] = useState(team.name);
  const [problems, setProblemsState] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [update] = useMutation(AdminUpdateTeamMutation);
  const setProblems = (found: FormProblem[]) => {
    setProblemsState(found);
    onProblems(found.length > 0);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateTeam({ name }, 'rename-name');
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      await update({ variables: { input: { id: team.id, version: team.version, name: name.trim() } } });
      setProblems([]);
      onRenamed(`${team.name} is now called ${name.trim()}.`);
    } catch (caught) {
      setProblems(adminProblems(caught, { name: 'rename-name' }, 'rename-name'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="rename-team-heading">
      <FormErrorSummary problems={problems} />
      <h2 id="rename-team-heading">Rename {team.name}</h2>
      <TextInput
        id="rename-name"
        label="New name"
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={problemFor(problems, 'rename-name')}
      />
      <div className="nhsuk-button-group">
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Rename team'}
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
