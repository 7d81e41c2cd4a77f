import { useMutation } from '@apollo/client/react';
import { Button, Details, Select, Table, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor } from '../../components/FormErrorSummary';
import { londonTime } from '../../components/time';
import type { TeamFunction } from '../../generated/graphql';
import { RecordRoomLessonMutation } from './mutations';
import { useRoom } from './room-context';
import { functionWords, mayDo, requireFilled, TEAM_FUNCTIONS } from './room-state';
import { useRoomForm } from './use-room-form';

const EMPTY = { whatHappened: '', whatToChange: '', ownerFunction: '' };

/** Lessons identified (a declared incident needs one to close), and recording one. */
export function LessonsPanel() {
  const { incident, refresh } = useRoom();
  const [values, setValues] = useState(EMPTY);
  const form = useRoomForm('lesson', ['whatHappened', 'whatToChange', 'ownerFunction']);
  const [record] = useMutation(RecordRoomLessonMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = requireFilled(values, 'lesson', {
      whatHappened: 'Enter what happened',
      whatToChange: 'Enter what should change',
      ownerFunction: 'Select the function that owns the change',
    });
    const saved = await form.save(found, async () => {
      await record({
        variables: {
          input: {
            incidentId: incident.id,
            whatHappened: values.whatHappened.trim(),
            whatToChange: values.whatToChange.trim(),
            ownerFunction: values.ownerFunction as TeamFunction,
          },
        },
      });
      await refresh();
    });
    if (saved) setValues(EMPTY);
  }

  return (
    <section aria-labelledby="room-lessons">
      <h2 id="room-lessons">Lessons identified</h2>
      {incident.lessons.length === 0 ? (
        <p className="nhsuk-body">
          No lesson yet. {incident.declaredAt ? 'A declared incident is closed only once one is recorded.' : ''}
        </p>
      ) : (
        <Table caption="Lessons, in the order recorded">
          <Table.Head>
            <Table.Row>
              <Table.Cell>What happened</Table.Cell>
              <Table.Cell>What should change</Table.Cell>
              <Table.Cell>Owned by</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {incident.lessons.map((l) => (
              <Table.Row key={l.id}>
                <Table.Cell>
                  {l.whatHappened}
                  <br />
                  <span className="nhsuk-body-s">{londonTime(l.recordedAt)}</span>
                </Table.Cell>
                <Table.Cell>{l.whatToChange}</Table.Cell>
                <Table.Cell>{functionWords(l.ownerFunction)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {mayDo(incident.availableActions, 'RECORD') && (
        <Details>
          <Details.Summary>Record a lesson</Details.Summary>
          <Details.Text>
            <form noValidate onSubmit={(event) => void submit(event)} aria-label="Record a lesson">
              <FormErrorSummary problems={form.problems} />
              <Textarea
                id="lesson-whatHappened"
                label="What happened"
                rows={2}
                value={values.whatHappened}
                onChange={(e) => setValues({ ...values, whatHappened: e.target.value })}
                error={problemFor(form.problems, 'lesson-whatHappened')}
              />
              <Textarea
                id="lesson-whatToChange"
                label="What should change"
                rows={2}
                value={values.whatToChange}
                onChange={(e) => setValues({ ...values, whatToChange: e.target.value })}
                error={problemFor(form.problems, 'lesson-whatToChange')}
              />
              <Select
                id="lesson-ownerFunction"
                label="Which function owns the change"
                value={values.ownerFunction}
                onChange={(e) => setValues({ ...values, ownerFunction: e.target.value })}
                error={problemFor(form.problems, 'lesson-ownerFunction')}
              >
                <Select.Option value="">Select a function</Select.Option>
                {TEAM_FUNCTIONS.map((f) => (
                  <Select.Option key={f} value={f}>
                    {functionWords(f)}
                  </Select.Option>
                ))}
              </Select>
              <Button type="submit" secondary disabled={form.busy}>
                Record lesson
              </Button>
            </form>
          </Details.Text>
        </Details>
      )}
    </section>
  );
}
