import { useMutation } from '@apollo/client/react';
import { Button, Details, Radios, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor } from '../../components/FormErrorSummary';
import type { IncidentScope, IncidentType } from '../../generated/graphql';
import { levelWords, typeWords } from '../board/board-state';
import { levelChangeInput, validateLevelChange, type LevelValues } from './level-form';
import { ChangeRoomIncidentLevelMutation } from './mutations';
import { useRoom } from './room-context';
import { mayDo } from './room-state';
import { useRoomForm } from './use-room-form';

const TYPES: IncidentType[] = ['BUSINESS_CONTINUITY', 'CRITICAL', 'MAJOR'];

/** Raise or lower the level, or change the type or scope, with a reason (offered when the API lists CHANGE_LEVEL). */
export function LevelChange() {
  const { incident, changed } = useRoom();
  const initial = { level: incident.level, type: incident.type, scope: incident.scope, reason: '' };
  const [values, setValues] = useState<LevelValues>(initial);
  const form = useRoomForm('level', ['level', 'type', 'scope', 'reason', 'methane']);
  const [change] = useMutation(ChangeRoomIncidentLevelMutation);
  if (!mayDo(incident.availableActions, 'CHANGE_LEVEL')) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await form.save(validateLevelChange(incident, values), async () => {
      const { data } = await change({ variables: { input: levelChangeInput(incident, values) } });
      if (data) changed(data.changeIncidentLevel);
    });
    if (saved) setValues({ ...values, reason: '' });
  }

  return (
    <Details>
      <Details.Summary>Change the level, type or scope</Details.Summary>
      <Details.Text>
        <form noValidate onSubmit={(event) => void submit(event)} aria-label="Change the level, type or scope">
          <FormErrorSummary problems={form.problems} />
          <Radios
            id="level-level"
            name="level-level"
            legend="Response level"
            error={problemFor(form.problems, 'level-level')}
          >
            {[1, 2, 3, 4].map((level) => (
              <Radios.Item
                key={level}
                value={String(level)}
                checked={values.level === level}
                onChange={() => setValues({ ...values, level })}
              >
                {levelWords(level)}
              </Radios.Item>
            ))}
          </Radios>
          <Radios id="level-type" name="level-type" legend="Type" error={problemFor(form.problems, 'level-type')}>
            {TYPES.map((type) => (
              <Radios.Item
                key={type}
                value={type}
                checked={values.type === type}
                onChange={() => setValues({ ...values, type })}
              >
                {typeWords(type)}
              </Radios.Item>
            ))}
          </Radios>
          <Radios id="level-scope" name="level-scope" legend="Scope" error={problemFor(form.problems, 'level-scope')}>
            {(['ORGANISATION', 'SYSTEM_WIDE'] as IncidentScope[]).map((scope) => (
              <Radios.Item
                key={scope}
                value={scope}
                checked={values.scope === scope}
                onChange={() => setValues({ ...values, scope })}
              >
                {scope === 'SYSTEM_WIDE' ? 'System-wide (across the ICS)' : 'This organisation'}
              </Radios.Item>
            ))}
          </Radios>
          <Textarea
            id="level-reason"
            label="Why does it change?"
            hint="Recorded on the timeline"
            rows={2}
            value={values.reason}
            onChange={(e) => setValues({ ...values, reason: e.target.value })}
            error={problemFor(form.problems, 'level-reason')}
          />
          <Button type="submit" disabled={form.busy}>
            {form.busy ? 'Saving…' : 'Change'}
          </Button>
        </form>
      </Details.Text>
    </Details>
  );
}
