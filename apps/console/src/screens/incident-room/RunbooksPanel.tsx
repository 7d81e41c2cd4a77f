import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Select, Table, Tag } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor } from '../../components/FormErrorSummary';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { londonTime } from '../../components/time';
import type { IncidentRoomRunbooksQuery } from '../../generated/graphql';
import { ActivateRoomRunbookMutation, IncidentRoomRunbooksQuery as RunbooksQuery } from './operations';
import { useRoom } from './room-context';
import { mayDo } from './room-state';
import { type AssignmentGroup, assignmentStatusWords, groupAssignments } from './runbook-state';
import { useRoomForm } from './use-room-form';

/** Activated runbooks and their assignments (those the person may see); the commander activates one. */
export function RunbooksPanel() {
  const { incident } = useRoom();
  const { data, error, refetch } = useQuery(RunbooksQuery, {
    variables: { incidentId: incident.id },
    fetchPolicy: 'network-only',
    errorPolicy: 'all',
  });
  const groups = groupAssignments(data?.assignments.nodes ?? [], data?.incident.runbookActivations ?? []);
  return (
    <section aria-labelledby="room-runbooks">
      <h2 id="room-runbooks">Runbooks and assignments</h2>
      {!data && error ? (
        <Problem title="The runbooks could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="the runbooks" />
      ) : groups.length === 0 ? (
        <p className="nhsuk-body">No runbook is active yet. Its steps appear here, as assignments, once activated.</p>
      ) : (
        groups.map((group) => <RunbookGroup key={group.key} group={group} />)
      )}
      {data?.suggestedRunbooks && mayDo(incident.availableActions, 'COMMAND') && (
        <ActivateForm suggestions={data.suggestedRunbooks} onActivated={() => void refetch()} />
      )}
    </section>
  );
}

/** One activation (or the other assignments): its heading, who activated it, its progress, and the assignments in sight. */
function RunbookGroup({ group }: { group: AssignmentGroup }) {
  if (group.assignments.length === 0) {
    return (
      <div data-testid="runbook-activation">
        <h3>{group.heading}</h3>
        <p className="nhsuk-body">
          {group.activated}: {group.progress}.
        </p>
      </div>
    );
  }
  return (
    <div data-testid="runbook-activation">
      <Table caption={`${group.heading} (${group.progress})`}>
        <Table.Head>
          <Table.Row>
            <Table.Cell>Step</Table.Cell>
            <Table.Cell>Who</Table.Cell>
            <Table.Cell>Due</Table.Cell>
            <Table.Cell>Status</Table.Cell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {group.assignments.map((a) => (
            <Table.Row key={a.id}>
              <Table.Cell>{a.title}</Table.Cell>
              <Table.Cell>{a.assignee?.name ?? a.team?.name ?? a.organisation.name}</Table.Cell>
              <Table.Cell>{a.dueAt ? londonTime(a.dueAt) : 'No due time'}</Table.Cell>
              <Table.Cell>
                {a.overdue && <Tag modifier="red">Overdue</Tag>} {assignmentStatusWords(a.status)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {group.activated && <p className="nhsuk-body-s">{group.activated}.</p>}
    </div>
  );
}

function ActivateForm({
  suggestions,
  onActivated,
}: {
  suggestions: IncidentRoomRunbooksQuery['suggestedRunbooks'];
  onActivated: () => void;
}) {
  const { incident } = useRoom();
  const [choice, setChoice] = useState('');
  const form = useRoomForm('runbook', ['runbookId', 'organisationIds']);
  const [activate] = useMutation(ActivateRoomRunbookMutation);
  const options = suggestions.organisations.flatMap((o) =>
    o.runbooks.map((r) => ({
      value: `${o.organisationId}|${r.id}`,
      words: `${r.title} (version ${r.versionNumber}) for ${o.organisationName}`,
    })),
  );
  const withNone = suggestions.organisations.filter((o) => o.runbooks.length === 0).map((o) => o.organisationName);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const [organisationId, runbookId] = choice.split('|');
    const found = choice ? [] : [{ field: 'runbook-runbookId', message: 'Select a runbook to activate' }];
    const saved = await form.save(found, async () => {
      await activate({
        variables: { input: { incidentId: incident.id, runbookId, organisationIds: [organisationId] } },
      });
      onActivated();
    });
    if (saved) setChoice('');
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label="Activate a runbook">
      <FormErrorSummary problems={form.problems} />
      {withNone.length > 0 && (
        <p className="nhsuk-body">No approved runbook of this kind of incident for: {withNone.join(', ')}.</p>
      )}
      {options.length > 0 && (
        <>
          <Select
            id="runbook-runbookId"
            label="Activate a runbook"
            hint="Its steps become assignments of the organisation, once per version"
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            error={problemFor(form.problems, 'runbook-runbookId')}
          >
            <Select.Option value="">Select a runbook</Select.Option>
            {options.map((o) => (
              <Select.Option key={o.value} value={o.value}>
                {o.words}
              </Select.Option>
            ))}
          </Select>
          <Button type="submit" secondary disabled={form.busy}>
            Activate runbook
          </Button>
        </>
      )}
    </form>
  );
}
