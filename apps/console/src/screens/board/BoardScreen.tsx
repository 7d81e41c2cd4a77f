import { useQuery, useSubscription } from '@apollo/client/react';
import { Button, InsetText } from 'nhsuk-react-components';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { BoardIncidentFragment } from '../../generated/graphql';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { mayReport } from '../../components/roles';
import { useViewer } from '../../components/viewer-context';
import { mergeIncident, sortBoard } from './board-state';
import { IncidentTable } from './IncidentTable';
import { BoardChangedSubscription, BoardQuery } from './operations';

const PAGE = 50;

/** The incident board: every incident the person may see, kept live by the incidentsChanged subscription. */
export default function BoardScreen() {
  const { acting } = useViewer();
  const location = useLocation();
  const reported = (location.state as { reported?: string } | null)?.reported;
  const { data, error, fetchMore, loading } = useQuery(BoardQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'network-only',
  });
  const [live, setLive] = useState<BoardIncidentFragment[]>([]);
  const { error: liveError } = useSubscription(BoardChangedSubscription, {
    onData: ({ data: change }) => {
      const incident = change.data?.incidentsChanged;
      if (incident) setLive((list) => mergeIncident(list, incident));
    },
  });
  useEffect(() => {
    document.title = 'Incident board – Muster';
  }, []);

  const incidents = useMemo(() => {
    let list = sortBoard(data?.incidents.nodes ?? []);
    for (const change of live) list = mergeIncident(list, change);
    return list;
  }, [data, live]);

  return (
    <>
      <h1>Incident board</h1>
      {reported && (
        <InsetText>
          <p>Incident {reported} has been reported.</p>
        </InsetText>
      )}
      {mayReport(acting) && (
        <Button asElement={Link} to="/incidents/report" secondary>
          Report an incident
        </Button>
      )}
      {liveError && (
        <p className="nhsuk-body" role="status">
          Live updates have stopped: reload the page to see the latest.
        </p>
      )}
      {error ? (
        <Problem title="The incidents could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="incidents" />
      ) : incidents.length === 0 ? (
        <p className="nhsuk-body">
          There are no incidents for your organisations. New ones will appear here as they are reported.
        </p>
      ) : (
        <>
          <IncidentTable incidents={incidents} />
          {data.incidents.pageInfo.hasNextPage && (
            <Button
              secondary
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: data.incidents.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    incidents: {
                      ...fetchMoreResult.incidents,
                      nodes: [...prev.incidents.nodes, ...fetchMoreResult.incidents.nodes],
                    },
                  }),
                })
              }
            >
              Show older incidents
            </Button>
          )}
        </>
      )}
    </>
  );
}
