import { SummaryList, Tag } from 'nhsuk-react-components';
import { londonTime, since } from '../../components/time';
import { useNow } from '../../components/use-now';
import { levelWords, statusColour, statusWords, typeWords } from '../board/board-state';
import { useRoom } from './room-context';
import { commandRoleWords } from './room-state';
import { nextSitRepWords } from './sitrep-form';

/** The incident at a glance: status, level and type, who leads and commands, the next SitRep's countdown. */
export function RoomSummary() {
  const { incident } = useRoom();
  const now = useNow(15_000);
  const next = nextSitRepWords(incident.nextSitRepDueAt, incident.sitRepOverdue, now);
  const commander = incident.roles.find((r) => r.role === 'COMMANDER');
  return (
    <>
      <span className="nhsuk-caption-l">{incident.reference}</span>
      <h1>{incident.title}</h1>
      <p>
        <Tag modifier={statusColour(incident.status)} data-testid="room-status">
          {statusWords(incident.status)}
        </Tag>
      </p>
      {incident.description && <p className="nhsuk-body">{incident.description}</p>}
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Level and type</SummaryList.Key>
          <SummaryList.Value>
            {levelWords(incident.level)}, {typeWords(incident.type).toLowerCase()}
            {incident.scope === 'SYSTEM_WIDE' ? ', system-wide' : ''}
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Lead organisation</SummaryList.Key>
          <SummaryList.Value>{incident.leadOrganisation.name}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>{commandRoleWords('COMMANDER')}</SummaryList.Key>
          <SummaryList.Value>{commander?.holder?.displayName ?? 'No commander yet'}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Declared</SummaryList.Key>
          <SummaryList.Value>
            {incident.declaredAt
              ? `${londonTime(incident.declaredAt)} (${since(incident.declaredAt, now)})`
              : `Not declared (reported ${londonTime(incident.reportedAt)})`}
          </SummaryList.Value>
        </SummaryList.Row>
        {incident.personalDataInvolved && (
          <SummaryList.Row>
            <SummaryList.Key>Personal data</SummaryList.Key>
            <SummaryList.Value>May be involved: IG officers are told</SummaryList.Value>
          </SummaryList.Row>
        )}
        {incident.cancellationReason && (
          <SummaryList.Row>
            <SummaryList.Key>Why it was cancelled</SummaryList.Key>
            <SummaryList.Value>{incident.cancellationReason}</SummaryList.Value>
          </SummaryList.Row>
        )}
        <SummaryList.Row>
          <SummaryList.Key>Next SitRep</SummaryList.Key>
          <SummaryList.Value data-testid="next-sitrep">
            {next ? (
              <>
                {next.overdue && <Tag modifier="red">Overdue</Tag>} {next.words}
                <br />
                <span className="nhsuk-body-s">due {londonTime(incident.nextSitRepDueAt ?? '')} UK time</span>
              </>
            ) : (
              'None due'
            )}
          </SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>
    </>
  );
}
