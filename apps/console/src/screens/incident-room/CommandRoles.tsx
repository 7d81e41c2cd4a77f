import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Details, Select, Table, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor } from '../../components/FormErrorSummary';
import { londonTime } from '../../components/time';
import type { CommandRole, RoomRoleHoldingFragment } from '../../generated/graphql';
import { AssignRoomIncidentRoleMutation } from './mutations';
import { CommandRoleCandidatesQuery } from './operations';
import { candidateOptions } from './people';
import { useRoom } from './room-context';
import { COMMAND_ROLES, commandRoleWords, mayDo } from './room-state';
import { useRoomForm } from './use-room-form';

/** Command roles held now, their handover history, and (for those who command) assign or hand over. */
export function CommandRoles() {
  const { incident } = useRoom();
  return (
    <section aria-labelledby="room-command">
      <h2 id="room-command">Command roles</h2>
      {incident.roles.length === 0 ? (
        <p className="nhsuk-body">No command roles are held yet. They appear here once assigned.</p>
      ) : (
        <HoldingTable caption="Held now" holdings={incident.roles} />
      )}
      {incident.roleHistory.some((h) => h.endedAt) && (
        <Details>
          <Details.Summary>Handover history</Details.Summary>
          <Details.Text>
            <HoldingTable caption="Every holding, in order of start" holdings={incident.roleHistory} withEnd />
          </Details.Text>
        </Details>
      )}
      {mayDo(incident.availableActions, 'COMMAND') && <AssignRoleForm />}
    </section>
  );
}

function HoldingTable({
  caption,
  holdings,
  withEnd = false,
}: {
  caption: string;
  holdings: readonly RoomRoleHoldingFragment[];
  withEnd?: boolean;
}) {
  return (
    <Table caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Role</Table.Cell>
          <Table.Cell>Held by</Table.Cell>
          <Table.Cell>Since</Table.Cell>
          {withEnd && <Table.Cell>Until</Table.Cell>}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {holdings.map((h) => (
          <Table.Row key={h.id}>
            <Table.Cell>
              {commandRoleWords(h.role)}
              {h.organisation ? ` for ${h.organisation.name}` : ''}
            </Table.Cell>
            <Table.Cell>{h.holder?.displayName ?? 'Nobody'}</Table.Cell>
            <Table.Cell>{londonTime(h.startedAt)}</Table.Cell>
            {withEnd && <Table.Cell>{h.endedAt ? londonTime(h.endedAt) : 'Held now'}</Table.Cell>}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function AssignRoleForm() {
  const { incident, changed } = useRoom();
  const organisations = [incident.leadOrganisation, ...incident.affectedOrganisations];
  const [role, setRole] = useState<CommandRole | ''>('');
  const [userId, setUserId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [search, setSearch] = useState('');
  const form = useRoomForm('role', ['role', 'userId', 'organisationId']);
  const [assign] = useMutation(AssignRoomIncidentRoleMutation);
  const held = incident.roles.find(
    (h) => h.role === role && (role !== 'LIAISON' || h.organisation?.id === organisationId),
  );
  const asked = role !== '' && (role !== 'LIAISON' || organisationId !== '');
  const candidates = useQuery(CommandRoleCandidatesQuery, {
    skip: !asked,
    variables: {
      incidentId: incident.id,
      role: role as CommandRole,
      organisationId: role === 'LIAISON' ? organisationId : undefined,
      search: search.trim() || undefined,
    },
  });
  const people = asked ? candidateOptions(candidates.data?.commandRoleCandidates ?? [], held?.holder?.id) : [];
  const peopleHint = !asked
    ? role === 'LIAISON'
      ? 'Select the organisation first: a liaison is one of its people.'
      : 'Select the role first.'
    : candidates.loading
      ? 'Finding the people who may take it…'
      : candidates.error
        ? 'The people who may take it could not be listed. Reload the page to try again.'
        : people.length === 0
          ? 'Nobody else may take this role' + (search.trim() ? ' with that name.' : '.')
          : 'Members of the incident’s organisations and of the ICB, by name (the first 50). The commander and deputy must be incident commanders.';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = [
      ...(!role ? [{ field: 'role-role', message: 'Select a role' }] : []),
      ...(!userId ? [{ field: 'role-userId', message: 'Select who takes it' }] : []),
      ...(role === 'LIAISON' && !organisationId
        ? [{ field: 'role-organisationId', message: 'Select the organisation the liaison speaks for' }]
        : []),
    ];
    const saved = await form.save(found, async () => {
      const { data } = await assign({
        variables: {
          input: {
            incidentId: incident.id,
            role: role as CommandRole,
            userId,
            organisationId: role === 'LIAISON' ? organisationId : undefined,
          },
        },
      });
      if (data) changed(data.assignIncidentRole);
    });
    if (saved) {
      setRole('');
      setUserId('');
      setSearch('');
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label="Assign or hand over a role">
      <FormErrorSummary problems={form.problems} />
      <h3>Assign or hand over a role</h3>
      <Select
        id="role-role"
        label="Role"
        value={role}
        onChange={(e) => {
          setRole(e.target.value as CommandRole);
          setUserId('');
        }}
        error={problemFor(form.problems, 'role-role')}
      >
        <Select.Option value="">Select a role</Select.Option>
        {COMMAND_ROLES.map((r) => (
          <Select.Option key={r} value={r}>
            {commandRoleWords(r)}
          </Select.Option>
        ))}
      </Select>
      {role === 'LIAISON' && (
        <Select
          id="role-organisationId"
          label="Speaks for"
          value={organisationId}
          onChange={(e) => {
            setOrganisationId(e.target.value);
            setUserId('');
          }}
          error={problemFor(form.problems, 'role-organisationId')}
        >
          <Select.Option value="">Select an organisation</Select.Option>
          {organisations.map((o) => (
            <Select.Option key={o.id} value={o.id}>
              {o.name}
            </Select.Option>
          ))}
        </Select>
      )}
      <TextInput
        id="role-search"
        label="Find a person by name (optional)"
        width={20}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <Select
        id="role-userId"
        label="Who takes it"
        hint={peopleHint}
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
        error={problemFor(form.problems, 'role-userId')}
      >
        <Select.Option value="">Select a person</Select.Option>
        {people.map((p) => (
          <Select.Option key={p.id} value={p.id}>
            {p.label}
          </Select.Option>
        ))}
      </Select>
      {held?.holder && (
        <p className="nhsuk-body">
          {held.holder.displayName} holds this role now: it will be handed over, and the handover kept in the history.
        </p>
      )}
      <Button type="submit" secondary disabled={form.busy}>
        {held ? 'Hand over' : 'Assign'}
      </Button>
    </form>
  );
}
