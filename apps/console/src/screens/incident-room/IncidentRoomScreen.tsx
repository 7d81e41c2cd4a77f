import { useQuery, useSubscription } from '@apollo/client/react';
import { BackLink } from 'nhsuk-react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import type { IncidentRoomFragment } from '../../generated/graphql';
import { IncidentRoomChangedSubscription, IncidentRoomQuery } from './operations';
import { RoomContext } from './room-context';
import { newerIncident } from './room-state';
import { RoomSections } from './RoomSections';
import './incident-room.css';

/**
 * The incident room (/incidents/INC-YYYY-NNNN): the incident as it changes (incidentChanged),
 * what the person may do to it now (availableActions, from the API's transition table) and
 * its records, each in its own section.
 */
export default function IncidentRoomScreen() {
  const { reference = '' } = useParams();
  const { data, error, refetch } = useQuery(IncidentRoomQuery, {
    variables: { reference },
    fetchPolicy: 'network-only',
  });
  const [latest, setLatest] = useState<IncidentRoomFragment | undefined>();
  const [formsWithProblems, setFormsWithProblems] = useState<string[]>([]);
  const loaded = data?.incidentByReference;
  const incident = loaded ? newerIncident(latest?.id === loaded.id ? latest : undefined, loaded) : undefined;

  const { error: liveError } = useSubscription(IncidentRoomChangedSubscription, {
    variables: { id: incident?.id ?? '' },
    skip: !incident,
    onData: ({ data: change }) => {
      const changed = change.data?.incidentChanged;
      if (changed) setLatest((current) => newerIncident(current, changed));
    },
  });

  const changed = useCallback((next: IncidentRoomFragment) => setLatest((current) => newerIncident(current, next)), []);
  const formHasProblems = useCallback(
    (form: string, has: boolean) =>
      setFormsWithProblems((list) =>
        has ? (list.includes(form) ? list : [...list, form]) : list.filter((f) => f !== form),
      ),
    [],
  );
  const refresh = useCallback(() => refetch(), [refetch]);

  useEffect(() => {
    document.title = `${formsWithProblems.length ? 'Error: ' : ''}${incident ? `${incident.reference}: ${incident.title}` : 'Incident'} – Muster`;
  }, [formsWithProblems, incident]);

  const context = useMemo(
    () => (incident ? { incident, changed, refresh, formHasProblems } : null),
    [incident, changed, refresh, formHasProblems],
  );

  return (
    <>
      <BackLink asElement={Link} to="/">
        Back to the incident board
      </BackLink>
      {error ? (
        <Problem
          title={/not found/i.test(error.message) ? 'There is no such incident' : 'The incident could not be loaded'}
        >
          <p>
            {/not found/i.test(error.message)
              ? `No incident ${reference} is visible to you. Check the reference, or choose the incident from the board.`
              : problemWords(error)}
          </p>
        </Problem>
      ) : !context ? (
        <Loading what="the incident" />
      ) : (
        <RoomContext.Provider value={context}>
          {liveError && (
            <p className="nhsuk-body" role="status">
              Live updates have stopped: reload the page to see the latest.
            </p>
          )}
          <RoomSections />
        </RoomContext.Provider>
      )}
    </>
  );
}
