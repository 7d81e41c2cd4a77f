import { useQuery } from '@apollo/client/react';
import { Button, InsetText } from 'nhsuk-react-components';
import { useEffect, useMemo } from 'react';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { useNow } from '../../components/use-now';
import { useViewer } from '../../components/viewer-context';
import { IgDeskQuery } from './operations';
import { ThreadTable } from './ThreadTable';

const PAGE = 50;

/**
 * The IG desk: the 72-hour clocks due within a day or passed (igDeadlines), then every
 * incident the person sees with its IG threads. Anyone who sees an incident sees its
 * threads and their decisions' outcomes; the content is for those the API shows it to.
 * Nothing here is kept in browser storage (the Apollo cache is memory only).
 */
export default function IgDeskScreen() {
  const now = useNow();
  const { acting } = useViewer();
  const { data, error, fetchMore, loading } = useQuery(IgDeskQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'network-only',
  });
  useEffect(() => {
    document.title = 'IG desk – Muster';
  }, []);

  const incidents = useMemo(
    () => (data?.incidents.nodes ?? []).filter((i) => i.personalDataInvolved || i.igThreads.length > 0),
    [data],
  );
  const threads = useMemo(() => incidents.flatMap((i) => i.igThreads), [incidents]);
  const unopened = incidents.filter((i) => i.igThreads.length === 0);

  return (
    <>
      <h1>IG desk</h1>
      <p className="nhsuk-body">
        Personal data breaches and their 72-hour clocks (UK GDPR Article 33), counted from when the data controller
        became aware. Times are UK time.
      </p>
      {!acting.roles.includes('IG_OFFICER') && (
        <InsetText>
          <p>
            You can see that IG decisions exist and their outcomes. What they contain is for the organisation’s IG
            officers, the incident’s commander and IG lead.
          </p>
        </InsetText>
      )}
      {error ? (
        <Problem title="The IG desk could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="IG threads" />
      ) : (
        <>
          <h2>Clocks due within 24 hours or passed</h2>
          {data.igDeadlines.nodes.length === 0 ? (
            <p className="nhsuk-body">
              No 72-hour clock is due within a day. Threads will appear here 24 hours before their deadline.
            </p>
          ) : (
            <ThreadTable threads={data.igDeadlines.nodes} now={now} caption="Clocks due within 24 hours or passed" />
          )}
          <h2>IG threads</h2>
          {threads.length === 0 ? (
            <p className="nhsuk-body">
              There are no IG threads on your incidents. A thread appears here when an IG officer opens one for an
              incident involving personal data.
            </p>
          ) : (
            <ThreadTable threads={threads} now={now} caption="IG threads" />
          )}
          {unopened.length > 0 && (
            <>
              <h2>Incidents with personal data and no IG thread</h2>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {unopened.map((i) => (
                  <li key={i.id}>
                    {i.reference}: {i.title}
                  </li>
                ))}
              </ul>
            </>
          )}
          {data.incidents.pageInfo.hasNextPage && (
            <Button
              secondary
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: data.incidents.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    ...fetchMoreResult,
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
