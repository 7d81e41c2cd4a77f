import { useQuery, useSubscription } from '@apollo/client/react';
import { BackLink, Button, InsetText, SummaryList, Table, Tag } from 'nhsuk-react-components';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { useNow } from '../../components/use-now';
import { useViewer } from '../../components/viewer-context';
import type { IgDecisionType } from '../../generated/graphql';
import { DecisionDetails, gradingWords } from './DecisionDetails';
import { DecisionForm } from './DecisionForm';
import { OUTCOME_WORDS, TYPE_WORDS } from './decision-form';
import { clockView, londonWithZone } from './ig-clock';
import { NotificationForm } from './NotificationForm';
import { RECIPIENT_WORDS } from './notification-form';
import { DsptGradingQuery, IgThreadQuery, IgTimelineAddedSubscription } from './operations';

type Editing = { kind: 'record' } | { kind: 'supersede'; id: string; type: IgDecisionType } | { kind: 'notify' } | null;

const ALL_TYPES: IgDecisionType[] = ['ICO_ART33', 'DSPT_REPORT', 'DATA_SUBJECTS_ART34', 'NIS_NOTIFICATION', 'OTHER'];

/**
 * One IG thread: its clocks (the 72-hour countdown in UK time), the current position with
 * the DSPT grading beside each suggestion, notifications and the decision history. The
 * thread's organisation's IG officers record, supersede and notify; everyone else who sees
 * the incident sees that decisions exist, not their content.
 */
export default function IgThreadScreen() {
  const { id = '' } = useParams();
  const now = useNow();
  const { organisations } = useViewer();
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState('');
  const { data, error, refetch } = useQuery(IgThreadQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const thread = data?.igThread;
  const deciding = editing !== null && editing.kind !== 'notify';
  const grading = useQuery(DsptGradingQuery, { skip: !deciding });
  // Live: a decision or notification on the incident (by anyone) adds a timeline entry.
  useSubscription(IgTimelineAddedSubscription, {
    variables: { incidentId: thread?.incidentId ?? '' },
    skip: !thread,
    onData: () => void refetch(),
  });

  useEffect(() => {
    document.title = thread ? `IG thread ${thread.incidentReference} – Muster` : 'IG thread – Muster';
  }, [thread]);

  if (error) {
    return (
      <Problem title="The IG thread could not be loaded">
        <p>
          {/NOT_FOUND|not found/i.test(error.message) ? 'There is no IG thread here you may see.' : problemWords(error)}
        </p>
      </Problem>
    );
  }
  if (!data || !thread) return <Loading what="the IG thread" />;

  const mayRecord = organisations.some((o) => o.id === thread.organisation.id && o.roles.includes('IG_OFFICER'));
  const clock = clockView(thread, now);
  const freeTypes = ALL_TYPES.filter((t) => !thread.currentDecisions.some((d) => d.type === t));
  const done = (words: string) => {
    setEditing(null);
    setSaved(words);
    void refetch();
  };

  if (editing && mayRecord) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-caption-l">
            {thread.incidentReference}: {thread.organisation.name}
          </p>
          {editing.kind === 'notify' ? (
            <NotificationForm
              thread={thread}
              onSaved={() => done('The notification has been recorded.')}
              onCancel={() => setEditing(null)}
            />
          ) : !grading.data ? (
            grading.error ? (
              <Problem title="The DSPT grading could not be loaded">
                <p>{problemWords(grading.error)}</p>
              </Problem>
            ) : (
              <Loading what="the DSPT grading" />
            )
          ) : (
            <DecisionForm
              grading={grading.data.dsptGrading}
              threadId={thread.id}
              types={freeTypes}
              supersede={editing.kind === 'supersede' ? { id: editing.id, type: editing.type } : undefined}
              onSaved={() => done('The decision has been recorded.')}
              onCancel={() => setEditing(null)}
            />
          )}
        </div>
      </div>
    );
  }

  return (
    <>
      <BackLink asElement={Link} to="/ig">
        Back to the IG desk
      </BackLink>
      <h1>
        <span className="nhsuk-caption-l">IG thread</span> {thread.incidentReference}: {thread.organisation.name}
      </h1>
      {saved && (
        <InsetText>
          <p role="status">{saved}</p>
        </InsetText>
      )}
      {!thread.contentVisible && (
        <InsetText data-testid="ig-content-restricted">
          <p>
            You can see that decisions exist, their outcomes and times. What they contain is for{' '}
            {thread.organisation.name}
            ’s IG officers, the incident’s commander and IG lead.
          </p>
        </InsetText>
      )}
      <h2>Clocks</h2>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>72-hour clock</SummaryList.Key>
          <SummaryList.Value data-testid="ig-clock">
            <Tag modifier={clock.tone}>{clock.status}</Tag> {clock.countdown}
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Aware since</SummaryList.Key>
          <SummaryList.Value>{thread.awarenessLondon}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Deadline</SummaryList.Key>
          <SummaryList.Value>{thread.deadlineLondon}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Report to senior management</SummaryList.Key>
          <SummaryList.Value>
            Due {thread.seniorManagement.dueLondon}
            {thread.seniorManagement.metAt ? `, made ${londonWithZone(thread.seniorManagement.metAt)}` : ''}
            {thread.seniorManagement.late ? ' (late)' : ''}
          </SummaryList.Value>
        </SummaryList.Row>
        {thread.processor && (
          <SummaryList.Row>
            <SummaryList.Key>Processor ({thread.processor.name}) to tell the controller</SummaryList.Key>
            <SummaryList.Value>
              Due {thread.processor.dueLondon}
              {thread.processor.metAt ? `, told ${londonWithZone(thread.processor.metAt)}` : ', not yet'}
              {thread.processor.late ? ' (late)' : ''}
            </SummaryList.Value>
          </SummaryList.Row>
        )}
      </SummaryList>

      <h2>Current position</h2>
      {thread.currentDecisions.length === 0 ? (
        <p className="nhsuk-body">No decision has been recorded yet. Decisions will appear here as they are made.</p>
      ) : (
        <Table responsive caption="Current decisions" captionProps={{ className: 'nhsuk-u-visually-hidden' }}>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Decision about</Table.Cell>
              <Table.Cell>Outcome</Table.Cell>
              {thread.contentVisible && <Table.Cell>DSPT grading and suggestion</Table.Cell>}
              {mayRecord && <Table.Cell>Change</Table.Cell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {thread.currentDecisions.map((d) => (
              <Table.Row key={d.id} data-testid="ig-current-decision">
                <Table.Cell>{TYPE_WORDS[d.type]}</Table.Cell>
                <Table.Cell>{OUTCOME_WORDS[d.outcome]}</Table.Cell>
                {thread.contentVisible && <Table.Cell>{d.content ? gradingWords(d.content) : ''}</Table.Cell>}
                {mayRecord && (
                  <Table.Cell>
                    <Button
                      type="button"
                      secondary
                      className="nhsuk-u-margin-bottom-0"
                      onClick={() => setEditing({ kind: 'supersede', id: d.id, type: d.type })}
                      aria-label={`Supersede: ${TYPE_WORDS[d.type]}`}
                    >
                      Supersede
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {mayRecord && (
        <div className="nhsuk-button-group">
          {freeTypes.length > 0 && (
            <Button type="button" onClick={() => setEditing({ kind: 'record' })}>
              Record a decision
            </Button>
          )}
          <Button type="button" secondary onClick={() => setEditing({ kind: 'notify' })}>
            Record a notification
          </Button>
        </div>
      )}

      <h2>Notifications</h2>
      {thread.notifications.length === 0 ? (
        <p className="nhsuk-body">Nothing has been notified yet. Notifications to the ICO and others appear here.</p>
      ) : (
        <Table responsive caption="Notifications" captionProps={{ className: 'nhsuk-u-visually-hidden' }}>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Recipient</Table.Cell>
              <Table.Cell>When (UK time)</Table.Cell>
              {thread.contentVisible && <Table.Cell>Reference and details</Table.Cell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {thread.notifications.map((n) => (
              <Table.Row key={n.id} data-testid="ig-notification">
                <Table.Cell>
                  {RECIPIENT_WORDS[n.recipient]}
                  {n.phase > 1 ? ` (further submission ${n.phase})` : ''}
                </Table.Cell>
                <Table.Cell>
                  {londonWithZone(n.notifiedAt)} {n.late && <Tag modifier="orange">Late</Tag>}
                </Table.Cell>
                {thread.contentVisible && (
                  <Table.Cell>
                    {[
                      n.content?.externalReference,
                      n.content?.details,
                      n.content?.delayReason && `Delay: ${n.content.delayReason}`,
                    ]
                      .filter(Boolean)
                      .join('. ')}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}

      <h2>Decision history</h2>
      {data.igDecisionHistory.length === 0 ? (
        <p className="nhsuk-body">
          Every decision, superseded ones included, will be listed here in the order recorded.
        </p>
      ) : (
        data.igDecisionHistory.map((d) => <DecisionDetails key={d.id} decision={d} />)
      )}
    </>
  );
}
