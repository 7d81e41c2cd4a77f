import { Table, Tag } from 'nhsuk-react-components';
import { Link } from 'react-router';
import type { IgThreadSummaryFragment } from '../../generated/graphql';
import { OUTCOME_WORDS, TYPE_WORDS } from './decision-form';
import { clockView } from './ig-clock';

/** IG threads with their 72-hour clocks (deadline in UK time, countdown ticking with `now`). */
export function ThreadTable({
  threads,
  now,
  caption,
}: {
  threads: readonly IgThreadSummaryFragment[];
  now: number;
  caption: string;
}) {
  return (
    <Table
      responsive
      className="muster-board"
      caption={caption}
      captionProps={{ className: 'nhsuk-u-visually-hidden' }}
    >
      <Table.Head>
        <Table.Row>
          <Table.Cell>Incident and data controller</Table.Cell>
          <Table.Cell>72-hour clock</Table.Cell>
          <Table.Cell>Deadline (UK time)</Table.Cell>
          <Table.Cell>Current decisions</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {threads.map((thread) => {
          const clock = clockView(thread, now);
          return (
            <Table.Row key={thread.id} data-testid="ig-thread-row" data-reference={thread.incidentReference}>
              <Table.Cell>
                <Link to={`/ig/threads/${thread.id}`}>
                  {thread.incidentReference}: {thread.organisation.name}
                </Link>
              </Table.Cell>
              <Table.Cell>
                <Tag modifier={clock.tone}>{clock.status}</Tag>
                <br />
                <span>{clock.countdown}</span>
              </Table.Cell>
              <Table.Cell>{thread.deadlineLondon}</Table.Cell>
              <Table.Cell>
                {thread.currentDecisions.length === 0
                  ? 'None yet'
                  : thread.currentDecisions.map((d) => (
                      <div key={d.id}>
                        {TYPE_WORDS[d.type]}: {OUTCOME_WORDS[d.outcome]}
                      </div>
                    ))}
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}
