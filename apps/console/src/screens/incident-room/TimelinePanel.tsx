import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Textarea } from 'nhsuk-react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor } from '../../components/FormErrorSummary';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import type { RoomTimelineEntryFragment } from '../../generated/graphql';
import {
  AddRoomTimelineEntryMutation,
  IncidentRoomTimelineAddedSubscription,
  IncidentRoomTimelineQuery,
} from './operations';
import { useRoom } from './room-context';
import { mayDo } from './room-state';
import { TimelineList } from './TimelineList';
import { addLive, correctionsByEntry, mergeTimeline } from './timeline-state';
import { useRoomForm } from './use-room-form';

/** The live timeline (incidentTimelineAdded), newest first, with manual entries and their corrections. */
export function TimelinePanel() {
  const { incident } = useRoom();
  const { data, error, fetchMore, loading } = useQuery(IncidentRoomTimelineQuery, {
    variables: { incidentId: incident.id },
    fetchPolicy: 'network-only',
  });
  const [live, setLive] = useState<RoomTimelineEntryFragment[]>([]);
  const { error: liveError } = useSubscription(IncidentRoomTimelineAddedSubscription, {
    variables: { id: incident.id },
    onData: ({ data: added }) => {
      const entry = added.data?.incidentTimelineAdded;
      if (entry) setLive((list) => addLive(list, entry));
    },
  });
  const entries = useMemo(() => mergeTimeline(data?.incidentTimeline.nodes ?? [], live), [data, live]);
  const corrections = useMemo(() => correctionsByEntry(entries), [entries]);
  const mayRecord = mayDo(incident.availableActions, 'RECORD');

  return (
    <section aria-labelledby="room-timeline">
      <h2 id="room-timeline">Timeline</h2>
      {mayRecord && <AddEntryForm onAdded={(entry) => setLive((list) => addLive(list, entry))} />}
      {liveError && (
        <p className="nhsuk-body" role="status">
          The timeline has stopped updating live: reload the page to see the latest.
        </p>
      )}
      {error ? (
        <Problem title="The timeline could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="the timeline" />
      ) : entries.length === 0 ? (
        <p className="nhsuk-body">
          Nothing has happened yet. Changes and log entries will appear here as they are made.
        </p>
      ) : (
        <>
          <TimelineList
            entries={entries}
            corrections={corrections}
            mayCorrect={mayRecord}
            onCorrected={(entry) => setLive((list) => addLive(list, entry))}
          />
          {data.incidentTimeline.pageInfo.hasNextPage && (
            <Button
              secondary
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: data.incidentTimeline.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    incidentTimeline: {
                      ...fetchMoreResult.incidentTimeline,
                      nodes: [...prev.incidentTimeline.nodes, ...fetchMoreResult.incidentTimeline.nodes],
                    },
                  }),
                })
              }
            >
              Show earlier entries
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function AddEntryForm({ onAdded }: { onAdded: (entry: RoomTimelineEntryFragment) => void }) {
  const { incident } = useRoom();
  const [text, setText] = useState('');
  const form = useRoomForm('timeline', ['text']);
  const [add] = useMutation(AddRoomTimelineEntryMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = text.trim() ? [] : [{ field: 'timeline-text', message: 'Enter what to log' }];
    const saved = await form.save(found, async () => {
      const { data } = await add({ variables: { input: { incidentId: incident.id, text: text.trim() } } });
      if (data) onAdded(data.addTimelineEntry);
    });
    if (saved) setText('');
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label="Add a log entry">
      <FormErrorSummary problems={form.problems} />
      <Textarea
        id="timeline-text"
        label="Add to the log"
        hint="What happened, was said or decided. Entries are never edited: a mistake is corrected by a new entry."
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={problemFor(form.problems, 'timeline-text')}
      />
      <Button type="submit" secondary disabled={form.busy}>
        {form.busy ? 'Adding…' : 'Add entry'}
      </Button>
    </form>
  );
}
