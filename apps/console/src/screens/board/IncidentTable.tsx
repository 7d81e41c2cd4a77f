import { Table, Tag } from 'nhsuk-react-components';
import { Link } from 'react-router';
import type { BoardIncidentFragment } from '../../generated/graphql';
import { londonTime, since, until } from '../../components/time';
import { useNow } from '../../components/use-now';
import { rowCount, VirtualTableBody } from '../../components/VirtualTableBody';
import { levelWords, statusColour, statusWords, typeWords } from './board-state';

/** One row per incident; the times tick every 30 seconds. */
export function IncidentTable({ incidents }: { incidents: BoardIncidentFragment[] }) {
  const now = useNow();
  return (
    <Table responsive className="muster-board" aria-rowcount={rowCount(incidents.length)}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Incident</Table.Cell>
          <Table.Cell>Status</Table.Cell>
          <Table.Cell>Level and type</Table.Cell>
          <Table.Cell>Organisations</Table.Cell>
          <Table.Cell>Declared</Table.Cell>
          <Table.Cell>Next SitRep</Table.Cell>
        </Table.Row>
      </Table.Head>
      <VirtualTableBody
        items={incidents}
        columns={6}
        estimateRowHeight={110}
        renderRow={(incident, _index, rowProps) => (
          <Table.Row key={incident.id} {...rowProps} data-testid="board-row" data-reference={incident.reference}>
            <Table.Cell>
              <Link to={`/incidents/${incident.reference}`}>
                <strong>{incident.reference}</strong>
                <br />
                {incident.title}
              </Link>
              {incident.scope === 'SYSTEM_WIDE' && (
                <>
                  <br />
                  <span className="nhsuk-body-s">System-wide</span>
                </>
              )}
            </Table.Cell>
            <Table.Cell>
              <Tag modifier={statusColour(incident.status)}>{statusWords(incident.status)}</Tag>
            </Table.Cell>
            <Table.Cell>
              {levelWords(incident.level)}
              <br />
              {typeWords(incident.type)}
            </Table.Cell>
            <Table.Cell>
              <strong>{incident.leadOrganisation.name}</strong> (lead)
              {incident.affectedOrganisations.map((o) => (
                <span key={o.id}>
                  <br />
                  {o.name}
                </span>
              ))}
            </Table.Cell>
            <Table.Cell>
              {incident.declaredAt ? (
                <>
                  {since(incident.declaredAt, now)}
                  <br />
                  <span className="nhsuk-body-s">{londonTime(incident.declaredAt)}</span>
                </>
              ) : (
                'Not declared'
              )}
            </Table.Cell>
            <Table.Cell>
              <NextSitRep incident={incident} now={now} />
            </Table.Cell>
          </Table.Row>
        )}
      />
    </Table>
  );
}

function NextSitRep({ incident, now }: { incident: BoardIncidentFragment; now: number }) {
  if (!incident.nextSitRepDueAt) return <>None due</>;
  const due = until(incident.nextSitRepDueAt, now);
  return (
    <>
      {incident.sitRepOverdue || due.overdue ? <Tag modifier="red">Overdue</Tag> : null} {due.words}
      <br />
      <span className="nhsuk-body-s">{londonTime(incident.nextSitRepDueAt)}</span>
    </>
  );
}
