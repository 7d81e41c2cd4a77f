import { useMutation } from '@apollo/client/react';
import { Button, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor } from '../../components/FormErrorSummary';
import type { IncidentAction, IncidentRoomFragment } from '../../generated/graphql';
import { statusWords } from '../board/board-state';
import { EMPTY_METHANE, methaneInput, validateMethane, type MethaneValues } from './methane-form';
import { MethaneFields } from './MethaneFields';
import {
  CancelRoomIncidentMutation,
  CloseRoomIncidentMutation,
  ContainRoomIncidentMutation,
  DeclareRoomIncidentMutation,
  OpenRoomCoordinationCentreMutation,
  RecoverRoomIncidentMutation,
  StandbyRoomIncidentMutation,
  StandDownRoomIncidentMutation,
} from './mutations';
import { useRoom } from './room-context';
import { actionLabel, actionNeeds, transitionOptions, type IncidentActionOption } from './room-state';
import { useRoomForm } from './use-room-form';

/**
 * What the person may do to the incident's status now: one button per action the API lists
 * (availableActions) and no others. Choosing one asks for its words (a reason to cancel, an
 * optional note, METHANE to declare a major incident) and sends the version seen.
 */
export function TransitionActions() {
  const { incident } = useRoom();
  const options = transitionOptions(incident.availableActions);
  const [chosen, setChosen] = useState<IncidentAction | null>(null);
  const option = options.find((o) => o.action === chosen);
  return (
    <section aria-labelledby="room-actions">
      <h2 id="room-actions">What you can do now</h2>
      {options.length === 0 ? (
        <p className="nhsuk-body">
          There is nothing you can change about this incident’s status: it is{' '}
          {statusWords(incident.status).toLowerCase()}
          {incident.availableActions.length ? ', and your part is below' : ' and your roles do not act on it'}.
        </p>
      ) : (
        <div className="muster-room-actions" data-testid="room-actions">
          {options.map((o) => (
            <Button
              key={o.action}
              type="button"
              secondary={o.action !== chosen}
              warning={o.action === 'CANCEL'}
              aria-expanded={o.action === chosen}
              onClick={() => setChosen(o.action === chosen ? null : o.action)}
            >
              {actionLabel(o)}
            </Button>
          ))}
        </div>
      )}
      {option && <TransitionForm key={option.action} option={option} onDone={() => setChosen(null)} />}
    </section>
  );
}

function TransitionForm({ option, onDone }: { option: IncidentActionOption; onDone: () => void }) {
  const { incident, changed } = useRoom();
  const needs = actionNeeds(option.action);
  const needsMethane = needs === 'declare' && incident.type === 'MAJOR' && !incident.methane;
  const [words, setWords] = useState('');
  const [methane, setMethane] = useState<MethaneValues>(EMPTY_METHANE);
  const form = useRoomForm('transition', ['reason', 'note', 'methane']);
  const [standby] = useMutation(StandbyRoomIncidentMutation);
  const [declare] = useMutation(DeclareRoomIncidentMutation);
  const [contain] = useMutation(ContainRoomIncidentMutation);
  const [recover] = useMutation(RecoverRoomIncidentMutation);
  const [standDown] = useMutation(StandDownRoomIncidentMutation);
  const [close] = useMutation(CloseRoomIncidentMutation);
  const [openIcc] = useMutation(OpenRoomCoordinationCentreMutation);
  const [cancel] = useMutation(CancelRoomIncidentMutation);

  async function run(): Promise<IncidentRoomFragment | undefined> {
    const { id, version } = incident;
    const note = words.trim() || undefined;
    const transition = { variables: { input: { id, version, note } } };
    switch (option.action) {
      case 'CANCEL':
        return (await cancel({ variables: { input: { id, version, reason: words.trim() } } })).data?.cancelIncident;
      case 'DECLARE':
        return (
          await declare({
            variables: { input: { id, version, methane: needsMethane ? methaneInput(methane) : undefined } },
          })
        ).data?.declareIncident;
      case 'STANDBY':
        return (await standby(transition)).data?.standbyIncident;
      case 'CONTAIN':
        return (await contain(transition)).data?.containIncident;
      case 'RECOVER':
        return (await recover(transition)).data?.recoverIncident;
      case 'STAND_DOWN':
        return (await standDown(transition)).data?.standDownIncident;
      case 'CLOSE':
        return (await close(transition)).data?.closeIncident;
      case 'OPEN_COORDINATION_CENTRE':
        return (await openIcc(transition)).data?.openCoordinationCentre;
      default:
        return undefined;
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = [
      ...(needs === 'reason' && words.trim().length < 3
        ? [{ field: 'transition-reason', message: 'Enter why the incident is cancelled' }]
        : []),
      ...(needsMethane ? validateMethane(methane, 'transition-methane') : []),
    ];
    const saved = await form.save(found, async () => {
      const next = await run();
      if (next) changed(next);
    });
    if (saved) onDone();
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={actionLabel(option)}>
      <FormErrorSummary problems={form.problems} />
      <h3>{actionLabel(option)}</h3>
      {option.requires.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
          {option.requires.map((r) => (
            <li key={r}>{r.charAt(0).toUpperCase() + r.slice(1)}</li>
          ))}
        </ul>
      )}
      {needsMethane && (
        <>
          <p className="nhsuk-body">A major incident is declared with a METHANE report.</p>
          <MethaneFields prefix="transition-methane" values={methane} onChange={setMethane} problems={form.problems} />
        </>
      )}
      {needs !== 'declare' && (
        <Textarea
          id={needs === 'reason' ? 'transition-reason' : 'transition-note'}
          label={needs === 'reason' ? 'Why is it cancelled?' : 'Note for the timeline (optional)'}
          hint={needs === 'reason' ? 'For example, a false alarm, or the standby withdrawn' : undefined}
          rows={2}
          value={words}
          onChange={(e) => setWords(e.target.value)}
          error={problemFor(form.problems, needs === 'reason' ? 'transition-reason' : 'transition-note')}
        />
      )}
      <Button type="submit" disabled={form.busy} warning={option.action === 'CANCEL'}>
        {form.busy ? 'Saving…' : `Confirm: ${option.summary}`}
      </Button>
    </form>
  );
}
