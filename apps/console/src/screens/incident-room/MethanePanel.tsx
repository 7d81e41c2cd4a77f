import { useMutation } from '@apollo/client/react';
import { Button, Details, SummaryList } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { londonTime } from '../../components/time';
import { METHANE_FIELDS, methaneFrom, methaneInput, validateMethane, type MethaneValues } from './methane-form';
import { MethaneFields } from './MethaneFields';
import { SubmitRoomMethaneMutation } from './mutations';
import { useRoom } from './room-context';
import { mayDo } from './room-state';
import { useRoomForm } from './use-room-form';

/** The latest METHANE revision, and a new revision (every one kept) for those who record. */
export function MethanePanel() {
  const { incident, refresh } = useRoom();
  const methane = incident.methane;
  const [values, setValues] = useState<MethaneValues>(() => methaneFrom(methane));
  const form = useRoomForm('methane', []);
  const [submitMethane] = useMutation(SubmitRoomMethaneMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.save(validateMethane(values, 'methane'), async () => {
      await submitMethane({ variables: { input: { incidentId: incident.id, methane: methaneInput(values) } } });
      await refresh();
    });
  }

  return (
    <section aria-labelledby="room-methane">
      <h2 id="room-methane">METHANE</h2>
      {methane ? (
        <>
          <p className="nhsuk-body-s">
            Revision {methane.revision}, {londonTime(methane.submittedAt)} UK time
          </p>
          <SummaryList>
            <SummaryList.Row>
              <SummaryList.Key>M – Major incident declared?</SummaryList.Key>
              <SummaryList.Value>{methane.majorIncidentDeclared ? 'Yes' : 'No'}</SummaryList.Value>
            </SummaryList.Row>
            {METHANE_FIELDS.map((f) => (
              <SummaryList.Row key={f.name}>
                <SummaryList.Key>{f.label}</SummaryList.Key>
                <SummaryList.Value>{methane[f.name]}</SummaryList.Value>
              </SummaryList.Row>
            ))}
          </SummaryList>
        </>
      ) : (
        <p className="nhsuk-body">No METHANE report yet. A major incident is declared with one.</p>
      )}
      {mayDo(incident.availableActions, 'RECORD') && (
        <Details>
          <Details.Summary>{methane ? 'Submit a new revision' : 'Submit a METHANE report'}</Details.Summary>
          <Details.Text>
            <form noValidate onSubmit={(event) => void submit(event)} aria-label="Submit METHANE">
              <FormErrorSummary problems={form.problems} />
              <MethaneFields prefix="methane" values={values} onChange={setValues} problems={form.problems} />
              <Button type="submit" secondary disabled={form.busy}>
                Submit METHANE
              </Button>
            </form>
          </Details.Text>
        </Details>
      )}
    </section>
  );
}
