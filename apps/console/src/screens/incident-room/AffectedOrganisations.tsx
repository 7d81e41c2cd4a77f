import { useMutation } from '@apollo/client/react';
import { Button, Select, Table } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor } from '../../components/FormErrorSummary';
import { useAllOrganisations } from '../../components/use-all-organisations';
import { AddRoomAffectedOrganisationMutation, RemoveRoomAffectedOrganisationMutation } from './mutations';
import { useRoom } from './room-context';
import { mayDo } from './room-state';
import { useRoomForm } from './use-room-form';

/** The lead and the affected organisations; those who command add and remove them. */
export function AffectedOrganisations() {
  const { incident, changed } = useRoom();
  const commands = mayDo(incident.availableActions, 'COMMAND');
  const form = useRoomForm('affected', ['organisationId']);
  const [remove] = useMutation(RemoveRoomAffectedOrganisationMutation);

  const removeOne = (organisationId: string) =>
    void form.save([], async () => {
      const { data } = await remove({ variables: { input: { incidentId: incident.id, organisationId } } });
      if (data) changed(data.removeAffectedOrganisation);
    });

  return (
    <section aria-labelledby="room-organisations">
      <h2 id="room-organisations">Organisations</h2>
      <FormErrorSummary problems={form.problems} />
      <Table caption="The lead and the organisations affected">
        <Table.Head>
          <Table.Row>
            <Table.Cell>Organisation</Table.Cell>
            <Table.Cell>Part</Table.Cell>
            {commands && <Table.Cell>Change</Table.Cell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          <Table.Row>
            <Table.Cell>{incident.leadOrganisation.name}</Table.Cell>
            <Table.Cell>Lead</Table.Cell>
            {commands && <Table.Cell />}
          </Table.Row>
          {incident.affectedOrganisations.map((o) => (
            <Table.Row key={o.id}>
              <Table.Cell>{o.name}</Table.Cell>
              <Table.Cell>Affected</Table.Cell>
              {commands && (
                <Table.Cell>
                  <Button type="button" small secondary disabled={form.busy} onClick={() => removeOne(o.id)}>
                    Remove<span className="nhsuk-u-visually-hidden"> {o.name}</span>
                  </Button>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {commands && <AddOrganisationForm />}
    </section>
  );
}

function AddOrganisationForm() {
  const { incident, changed } = useRoom();
  const { organisations } = useAllOrganisations();
  const [organisationId, setOrganisationId] = useState('');
  const form = useRoomForm('affected-add', ['organisationId']);
  const [add] = useMutation(AddRoomAffectedOrganisationMutation);
  const listed = new Set([incident.leadOrganisation.id, ...incident.affectedOrganisations.map((o) => o.id)]);
  const others = (organisations ?? []).filter((o) => !listed.has(o.id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = organisationId ? [] : [{ field: 'affected-add-organisationId', message: 'Select an organisation' }];
    const saved = await form.save(found, async () => {
      const { data } = await add({ variables: { input: { incidentId: incident.id, organisationId } } });
      if (data) changed(data.addAffectedOrganisation);
    });
    if (saved) setOrganisationId('');
  }

  if (organisations && others.length === 0) return null;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label="Add an affected organisation">
      <FormErrorSummary problems={form.problems} />
      <Select
        id="affected-add-organisationId"
        label="Add an affected organisation"
        hint="Its staff see the incident from their next request"
        value={organisationId}
        onChange={(e) => setOrganisationId(e.target.value)}
        error={problemFor(form.problems, 'affected-add-organisationId')}
      >
        <Select.Option value="">{organisations ? 'Select an organisation' : 'Loading organisations…'}</Select.Option>
        {others.map((o) => (
          <Select.Option key={o.id} value={o.id}>
            {o.name}
          </Select.Option>
        ))}
      </Select>
      <Button type="submit" secondary disabled={form.busy}>
        Add organisation
      </Button>
    </form>
  );
}
