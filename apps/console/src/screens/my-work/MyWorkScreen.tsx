import { useQuery, useSubscription } from '@apollo/client/react';
import { Button } from 'nhsuk-react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { useNow } from '../../components/use-now';
import type { MyAssignmentFragment } from '../../generated/graphql';
import { isOverdue, mergeWork, sortWork } from './assignment-state';
import { AssignmentsChangedSubscription, MyAssignmentsQuery } from './operations';
import { WorkItem } from './WorkItem';

const PAGE = 50;

/**
 * My work: the person's assignments and their teams', overdue first, kept live by the
 * assignmentsChanged subscription. Paged by 50 ("Show more"): a person's open work is
 * tens of rows, so no virtualisation.
 */
export default function MyWorkScreen() {
  const now = useNow();
  const { data, error, fetchMore, loading } = useQuery(MyAssignmentsQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'network-only',
  });
  const [live, setLive] = useState<MyAssignmentFragment[]>([]);
  const merge = useCallback((changed: MyAssignmentFragment) => setLive((list) => mergeWork(list, changed)), []);
  const { error: liveError } = useSubscription(AssignmentsChangedSubscription, {
    onData: ({ data: change }) => {
      const assignment = change.data?.assignmentsChanged;
      if (assignment) merge(assignment);
    },
  });
  useEffect(() => {
    document.title = 'My work – Muster';
  }, []);

  const work = useMemo(() => {
    let list: MyAssignmentFragment[] = [...(data?.myAssignments.nodes ?? [])];
    for (const change of live) list = mergeWork(list, change);
    return sortWork(list, now);
  }, [data, live, now]);
  const overdue = work.filter((a) => isOverdue(a, now)).length;

  return (
    <>
      <h1>My work</h1>
      <p className="nhsuk-body">Your assignments and your teams’, overdue first. Due times are UK time.</p>
      {liveError && (
        <p className="nhsuk-body" role="status">
          Live updates have stopped: reload the page to see the latest.
        </p>
      )}
      {error ? (
        <Problem title="Your work could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="your work" />
      ) : work.length === 0 ? (
        <p className="nhsuk-body">
          You have no assignments. Work given to you or your teams will appear here as it is assigned.
        </p>
      ) : (
        <>
          <p className="nhsuk-body" role="status" data-testid="work-summary">
            {work.length} assignment{work.length === 1 ? '' : 's'}
            {overdue ? `, ${overdue} overdue` : ''}
          </p>
          {work.map((a) => (
            <WorkItem key={a.id} assignment={a} now={now} onChanged={merge} />
          ))}
          {data.myAssignments.pageInfo.hasNextPage && (
            <Button
              secondary
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: data.myAssignments.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    myAssignments: {
                      ...fetchMoreResult.myAssignments,
                      nodes: [...prev.myAssignments.nodes, ...fetchMoreResult.myAssignments.nodes],
                    },
                  }),
                })
              }
            >
              Show more assignments
            </Button>
          )}
        </>
      )}
    </>
  );
}
