import { useMutation } from '@apollo/client/react';
import { Button, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor } from '../../components/FormErrorSummary';
import { londonTime } from '../../components/time';
import type { RoomTimelineEntryFragment } from '../../generated/graphql';
import { CorrectRoomTimelineEntryMutation } from './operations';
import { useRoom } from './room-context';
import { correctable } from './timeline-state';
import { useRoomForm } from './use-room-form';

/** The entries, newest first; a corrected manual entry shows its corrections beneath it. */
export function TimelineList({
  entries,
  corrections,
  mayCorrect,
  onCorrected,
}: {
  entries: RoomTimelineEntryFragment[];
  corrections: Map<string, RoomTimelineEntryFragment[]>;
  mayCorrect: boolean;
  onCorrected: (entry: RoomTimelineEntryFragment) => void;
}) {
  const [correcting, setCorrecting] = useState<string | null>(null);
  return (
    <ol className="nhsuk-list muster-timeline" data-testid="timeline" aria-live="polite">
      {entries.map((entry) => {
        const fixes = entry.entryId ? (corrections.get(entry.entryId) ?? []) : [];
        return (
          <li key={entry.id} data-testid="timeline-entry" className="muster-timeline__entry">
            <span className="nhsuk-body-s">
              {londonTime(entry.occurredAt)} · {entry.actorLabel}
              {entry.manual ? ' · log entry' : ''}
              {entry.correctsEntryId ? ' · correction' : ''}
            </span>
            <p className="nhsuk-body nhsuk-u-margin-bottom-2">
              {fixes.length > 0 ? <s>{entry.text ?? entry.summary}</s> : (entry.text ?? entry.summary)}
              {fixes.length > 0 && <span className="nhsuk-body-s"> (corrected below)</span>}
            </p>
            {fixes.map((fix) => (
              <p key={fix.id} className="nhsuk-body-s">
                Corrected {londonTime(fix.occurredAt)}: {fix.text}
              </p>
            ))}
            {mayCorrect && correctable(entry) && !entry.correctsEntryId && (
              <>
                {correcting === entry.id ? (
                  <CorrectionForm
                    entry={entry}
                    onDone={(fix) => {
                      setCorrecting(null);
                      if (fix) onCorrected(fix);
                    }}
                  />
                ) : (
                  <Button type="button" small secondary onClick={() => setCorrecting(entry.id)}>
                    Correct this entry
                  </Button>
                )}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function CorrectionForm({
  entry,
  onDone,
}: {
  entry: RoomTimelineEntryFragment;
  onDone: (fix?: RoomTimelineEntryFragment) => void;
}) {
  const { incident } = useRoom();
  const [text, setText] = useState(entry.text ?? '');
  const form = useRoomForm('correction', ['text']);
  const [correct] = useMutation(CorrectRoomTimelineEntryMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = text.trim() ? [] : [{ field: 'correction-text', message: 'Enter the corrected entry' }];
    let fix: RoomTimelineEntryFragment | undefined;
    const saved = await form.save(found, async () => {
      const { data } = await correct({
        variables: { input: { incidentId: incident.id, correctsEntryId: entry.entryId ?? '', text: text.trim() } },
      });
      fix = data?.correctTimelineEntry;
    });
    if (saved) onDone(fix);
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label="Correct the entry">
      <FormErrorSummary problems={form.problems} />
      <Textarea
        id="correction-text"
        label="The corrected entry"
        hint="The original stays, struck through, with this beneath it"
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={problemFor(form.problems, 'correction-text')}
      />
      <Button type="submit" small disabled={form.busy}>
        Save correction
      </Button>{' '}
      <Button type="button" small secondary onClick={() => onDone()}>
        Cancel
      </Button>
    </form>
  );
}
