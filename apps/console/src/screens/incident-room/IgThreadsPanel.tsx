import { useQuery } from '@apollo/client/react';
import { SummaryList, Tag } from 'nhsuk-react-components';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { londonTime } from '../../components/time';
import { IncidentRoomIgThreadsQuery } from './operations';
import { useRoom } from './room-context';
import { deadlineWords, decisionLine, recipientWords } from './ig-words';

/**
 * The incident's IG threads as the person may see them: everyone sees that a thread and its
 * decisions exist, and the 72-hour clock; only those the API allows see what was decided.
 */
export function IgThreadsPanel() {
  const { incident } = useRoom();
  const { data, error } = useQuery(IncidentRoomIgThreadsQuery, {
    variables: { incidentId: incident.id },
    fetchPolicy: 'network-only',
  });
  return (
    <section aria-labelledby="room-ig">
      <h2 id="room-ig">Information governance</h2>
      {error ? (
        <Problem title="The IG threads could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="the IG threads" />
      ) : data.igThreads.length === 0 ? (
        <p className="nhsuk-body">
          No IG thread is open. An IG officer opens one for their organisation if personal data may be involved.
        </p>
      ) : (
        data.igThreads.map((thread) => {
          const deadline = deadlineWords(thread.deadlineStatus);
          return (
            <div key={thread.id} data-testid="ig-thread">
              <h3>{thread.organisation.name}</h3>
              <SummaryList>
                <SummaryList.Row>
                  <SummaryList.Key>72-hour deadline</SummaryList.Key>
                  <SummaryList.Value>
                    <Tag modifier={deadline.colour}>{deadline.words}</Tag> {thread.deadlineLondon}
                  </SummaryList.Value>
                </SummaryList.Row>
                <SummaryList.Row>
                  <SummaryList.Key>Aware since</SummaryList.Key>
                  <SummaryList.Value>{thread.awarenessLondon}</SummaryList.Value>
                </SummaryList.Row>
                <SummaryList.Row>
                  <SummaryList.Key>Decisions</SummaryList.Key>
                  <SummaryList.Value>
                    {thread.currentDecisions.length === 0 ? (
                      'None yet'
                    ) : (
                      <ul className="nhsuk-list">
                        {thread.currentDecisions.map((d) => (
                          <li key={d.id} data-testid="ig-decision">
                            {decisionLine(d, thread.contentVisible)} ({londonTime(d.decidedAt)})
                            {thread.contentVisible && d.content && (
                              <span className="nhsuk-body-s">
                                <br />
                                {d.content.rationale} – {d.content.decidedBy.displayName}
                              </span>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </SummaryList.Value>
                </SummaryList.Row>
                <SummaryList.Row>
                  <SummaryList.Key>Notified</SummaryList.Key>
                  <SummaryList.Value>
                    {thread.notifications.length === 0
                      ? 'Nobody yet'
                      : thread.notifications
                          .map(
                            (n) =>
                              `${recipientWords(n.recipient)} ${londonTime(n.notifiedAt)}${n.late ? ' (late)' : ''}`,
                          )
                          .join('; ')}
                  </SummaryList.Value>
                </SummaryList.Row>
              </SummaryList>
              {!thread.contentVisible && (
                <p className="nhsuk-body-s">What was decided is seen by the organisation’s IG officers only.</p>
              )}
            </div>
          );
        })
      )}
    </section>
  );
}
