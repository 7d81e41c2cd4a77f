import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Checkboxes, Table, Tag } from 'nhsuk-react-components';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { NotificationReceivedSubscription } from '../../components/operations';
import { londonTime } from '../../components/time';
import { linkOf, unreadIds } from './inbox';
import { InboxQuery, MarkReadMutation } from './operations';
import { rowCount, VirtualTableBody } from '../../components/VirtualTableBody';

const PAGE = 50;

/** The person's notifications, newest first, live; marked read when they say so (not merely by opening the page). */
export default function NotificationsScreen() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(InboxQuery, {
    variables: { first: PAGE, unreadOnly },
    fetchPolicy: 'network-only',
  });
  const [markRead, { loading: marking }] = useMutation(MarkReadMutation, {
    refetchQueries: ['UnreadNotificationCount'],
  });
  useSubscription(NotificationReceivedSubscription, { onData: () => void refetch() });
  useEffect(() => {
    document.title = 'Notifications – Muster';
  }, []);

  if (error) {
    return (
      <Problem title="Your notifications could not be loaded">
        <p>{problemWords(error)}</p>
      </Problem>
    );
  }
  if (!data) return <Loading what="notifications" />;
  const list = data.notifications.nodes;
  const unread = unreadIds(list);
  return (
    <>
      <h1>Notifications</h1>
      <Checkboxes id="unread-only" name="unread-only">
        <Checkboxes.Item checked={unreadOnly} onChange={() => setUnreadOnly((v) => !v)}>
          Only unread
        </Checkboxes.Item>
      </Checkboxes>
      {unread.length > 0 && (
        <Button
          secondary
          disabled={marking}
          onClick={() => void markRead({ variables: { ids: unread } }).then(() => refetch())}
        >
          Mark {unread.length === 1 ? 'this one' : `these ${unread.length}`} as read
        </Button>
      )}
      {list.length === 0 ? (
        <p>
          {unreadOnly ? 'You have read everything.' : 'No notifications yet. They will appear here as they are raised.'}
        </p>
      ) : (
        <Table caption="Your notifications" aria-rowcount={rowCount(list.length)}>
          <Table.Head>
            <Table.Row>
              <Table.Cell>When</Table.Cell>
              <Table.Cell>Notification</Table.Cell>
            </Table.Row>
          </Table.Head>
          <VirtualTableBody
            items={list}
            columns={2}
            renderRow={(n, _index, rowProps) => {
              const to = linkOf(n.about);
              return (
                <Table.Row key={n.id} {...rowProps} data-testid="notification">
                  <Table.Cell>{londonTime(n.createdAt)}</Table.Cell>
                  <Table.Cell>
                    {!n.readAt && <Tag modifier="blue">Unread</Tag>} {n.urgent && <Tag modifier="red">Urgent</Tag>}{' '}
                    <strong>{to ? <Link to={to}>{n.title}</Link> : n.title}</strong>
                    <br />
                    {n.body}
                  </Table.Cell>
                </Table.Row>
              );
            }}
          />
        </Table>
      )}
      {data.notifications.pageInfo.hasNextPage && (
        <Button
          secondary
          onClick={() =>
            void fetchMore({
              variables: { after: data.notifications.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                notifications: {
                  ...fetchMoreResult.notifications,
                  nodes: [...prev.notifications.nodes, ...fetchMoreResult.notifications.nodes],
                },
              }),
            })
          }
        >
          Show older notifications
        </Button>
      )}
    </>
  );
}
