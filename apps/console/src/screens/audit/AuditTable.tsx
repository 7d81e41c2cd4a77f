import { Table } from 'nhsuk-react-components';
import { Link } from 'react-router';
import type { AuditEventRowFragment } from '../../generated/graphql';
import { londonTime } from '../../components/time';
import { rowCount, VirtualTableBody } from '../../components/VirtualTableBody';

/** Events newest first: when, who (with the roles they acted in), what, and a link to the record's whole history. */
export function AuditTable({
  events,
  showChanges,
}: {
  events: (AuditEventRowFragment & { changes?: unknown })[];
  showChanges?: boolean;
}) {
  return (
    <Table caption="Audit events" aria-rowcount={rowCount(events.length)}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>When</Table.Cell>
          <Table.Cell>Who</Table.Cell>
          <Table.Cell>What</Table.Cell>
        </Table.Row>
      </Table.Head>
      <VirtualTableBody
        items={events}
        columns={3}
        renderRow={(e, _index, rowProps) => (
          <Table.Row key={e.id} {...rowProps} data-testid="audit-event">
            <Table.Cell>
              {londonTime(e.occurredAt)}
              <br />
              <span className="nhsuk-body-s">
                {e.chainId} #{e.seq}
              </span>
            </Table.Cell>
            <Table.Cell>
              {e.actor.label}
              {e.roles.length > 0 && (
                <>
                  <br />
                  <span className="nhsuk-body-s">{e.roles.join(', ')}</span>
                </>
              )}
            </Table.Cell>
            <Table.Cell>
              <strong>{e.summary}</strong>
              <br />
              <span className="nhsuk-body-s">
                {e.action}
                {e.entityId && !showChanges && (
                  <>
                    {' – '}
                    <Link to={`/audit-trail/${encodeURIComponent(e.entityType)}/${encodeURIComponent(e.entityId)}`}>
                      history of this {e.entityType.replace(/_/g, ' ')}
                    </Link>
                  </>
                )}
              </span>
              {showChanges && e.changes !== null && e.changes !== undefined && (
                <pre className="muster-changes">{JSON.stringify(e.changes, null, 2)}</pre>
              )}
            </Table.Cell>
          </Table.Row>
        )}
      />
    </Table>
  );
}
