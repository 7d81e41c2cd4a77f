import { Button, Select, Table, Tag } from 'nhsuk-react-components';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { statusColour } from '../my-work/assignment-state';
import type { ExerciseActionFragment, ExerciseDetailQuery } from '../../generated/graphql';
import {
  filterActions,
  isOverdue,
  onMyWork,
  organisationsOf,
  shownWords,
  sortActions,
  statusFilterWords,
  trackerHeadline,
  type ActionOrder,
  type StatusFilter,
} from './action-tracker';
import { londonDate, actionStatusWords, ACTION_STATUSES, functionWords } from './exercise-words';

type Tracker = ExerciseDetailQuery['exercise']['actionTracker'];

const STATUS_FILTERS: StatusFilter[] = ['', 'OVERDUE', 'NOT_CLOSED', ...ACTION_STATUSES.map((s) => s.value)];
const ORDERS: { value: ActionOrder; words: string }[] = [
  { value: 'due', words: 'Due date' },
  { value: 'organisation', words: 'Organisation' },
  { value: 'status', words: 'Status' },
];

/**
 * The action tracker: the plan's counts (every organisation's, from the API), per
 * organisation, then every action with its finding, owner, due date and status (whoever
 * sees the exercise sees all of them), overdue first and tagged, filtered and sorted on
 * the page.
 */
export function ActionTracker({
  tracker,
  actions,
  hasMore,
  onMore,
  now,
  teamIds,
}: {
  tracker: Tracker;
  actions: ExerciseActionFragment[];
  hasMore: boolean;
  onMore: () => void;
  now: number;
  teamIds: string[];
}) {
  const [organisationId, setOrganisationId] = useState('');
  const [status, setStatus] = useState<StatusFilter>('');
  const [order, setOrder] = useState<ActionOrder>('due');
  const shown = useMemo(
    () => sortActions(filterActions(actions, { organisationId, status }, now), order, now),
    [actions, organisationId, status, order, now],
  );

  return (
    <section aria-labelledby="action-tracker">
      <h2 id="action-tracker">Action tracker</h2>
      <p className="nhsuk-body-l" role="status" data-testid="tracker-headline">
        {trackerHeadline(tracker)}
        {tracker.overdue > 0 && (
          <>
            {' '}
            <Tag modifier="red">{tracker.overdue} overdue</Tag>
          </>
        )}
      </p>
      {tracker.total > 0 && (
        <Table caption="Actions by organisation">
          <Table.Head>
            <Table.Row>
              <Table.Cell>Organisation</Table.Cell>
              <Table.Cell format="numeric">Actions</Table.Cell>
              <Table.Cell format="numeric">Done, waived or cancelled</Table.Cell>
              <Table.Cell format="numeric">Overdue</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {tracker.byOrganisation.map((o) => (
              <Table.Row
                key={o.organisationId}
                data-testid="tracker-organisation"
                data-organisation={o.organisationName}
              >
                <Table.Cell>{o.organisationName}</Table.Cell>
                <Table.Cell format="numeric">{o.total}</Table.Cell>
                <Table.Cell format="numeric">{o.closed}</Table.Cell>
                <Table.Cell format="numeric">{o.overdue}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {actions.length > 0 && (
        <>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-third">
              <Select
                id="tracker-organisation"
                label="Organisation"
                value={organisationId}
                onChange={(e) => setOrganisationId(e.target.value)}
              >
                <Select.Option value="">Any organisation</Select.Option>
                {organisationsOf(actions).map((o) => (
                  <Select.Option key={o.id} value={o.id}>
                    {o.name}
                  </Select.Option>
                ))}
              </Select>
            </div>
            <div className="nhsuk-grid-column-one-third">
              <Select
                id="tracker-status"
                label="Status"
                value={status}
                onChange={(e) => setStatus(e.target.value as StatusFilter)}
              >
                {STATUS_FILTERS.map((s) => (
                  <Select.Option key={s} value={s}>
                    {statusFilterWords(s)}
                  </Select.Option>
                ))}
              </Select>
            </div>
            <div className="nhsuk-grid-column-one-third">
              <Select
                id="tracker-order"
                label="Sort by"
                hint="Overdue first, done last"
                value={order}
                onChange={(e) => setOrder(e.target.value as ActionOrder)}
              >
                {ORDERS.map((o) => (
                  <Select.Option key={o.value} value={o.value}>
                    {o.words}
                  </Select.Option>
                ))}
              </Select>
            </div>
          </div>
          <p className="nhsuk-body" role="status" data-testid="tracker-shown">
            {shownWords(shown.length, actions.length)}
          </p>
          {shown.length === 0 ? (
            <p className="nhsuk-body">No action matches these filters. Choose “Any” in a filter to see more.</p>
          ) : (
            <Table caption="Actions raised from the findings">
              <Table.Head>
                <Table.Row>
                  <Table.Cell>Action</Table.Cell>
                  <Table.Cell>Owner</Table.Cell>
                  <Table.Cell>Due</Table.Cell>
                  <Table.Cell>Status</Table.Cell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {shown.map((a) => (
                  <Table.Row key={a.id} data-testid="tracker-action" data-title={a.title}>
                    <Table.Cell>
                      {a.title}
                      <br />
                      <span className="nhsuk-body-s">From: {a.finding.title}</span>
                      {onMyWork(a, teamIds) && (
                        <>
                          <br />
                          <Link to="/my-work">
                            On your list in My work<span className="nhsuk-u-visually-hidden">: {a.title}</span>
                          </Link>
                        </>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      {a.organisation.name}
                      <br />
                      <span className="nhsuk-body-s">
                        {a.team?.name ?? `${functionWords(a.function)} team`}
                        {a.assignee ? `, ${a.assignee.name}` : ''}
                      </span>
                    </Table.Cell>
                    <Table.Cell>
                      {a.dueAt ? londonDate(a.dueAt) : 'No due date'}
                      {isOverdue(a, now) && (
                        <>
                          {' '}
                          <Tag modifier="red" data-testid="overdue-tag">
                            Overdue
                          </Tag>
                        </>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <Tag modifier={statusColour(a.status)}>{actionStatusWords(a.status)}</Tag>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </>
      )}
      {hasMore && (
        <Button secondary onClick={onMore}>
          Show more actions
        </Button>
      )}
    </section>
  );
}
