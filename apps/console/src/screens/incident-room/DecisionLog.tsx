import { useMutation } from '@apollo/client/react';
import { Button, Details, Select, SummaryList, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor } from '../../components/FormErrorSummary';
import { londonTime } from '../../components/time';
import { DECISION_FIELDS, decisionInput, EMPTY_DECISION, validateDecision, type DecisionValues } from './decision-form';
import { RecordRoomCommandDecisionMutation } from './mutations';
import { useRoom } from './room-context';
import { mayDo } from './room-state';
import { useRoomForm } from './use-room-form';

/** The command decision log (JESIP), in order of decision; an incident commander records one, by name. */
export function DecisionLog() {
  const { incident } = useRoom();
  return (
    <section aria-labelledby="room-decisions">
      <h2 id="room-decisions">Command decisions</h2>
      {incident.decisions.length === 0 ? (
        <p className="nhsuk-body">No command decision yet. Decisions appear here, in order, once recorded.</p>
      ) : (
        <ol className="nhsuk-list">
          {incident.decisions.map((d, i) => (
            <li key={d.id}>
              <h3 className="nhsuk-heading-s">
                Decision {i + 1}, {londonTime(d.decidedAt)}: {d.decision}
              </h3>
              <Details>
                <Details.Summary>The rationale and what it rests on</Details.Summary>
                <Details.Text>
                  <SummaryList>
                    {DECISION_FIELDS.slice(1).map((f) => (
                      <SummaryList.Row key={f.name}>
                        <SummaryList.Key>{f.label}</SummaryList.Key>
                        <SummaryList.Value>{d[f.name]}</SummaryList.Value>
                      </SummaryList.Row>
                    ))}
                    {d.reviewAt && (
                      <SummaryList.Row>
                        <SummaryList.Key>Review</SummaryList.Key>
                        <SummaryList.Value>{londonTime(d.reviewAt)}</SummaryList.Value>
                      </SummaryList.Row>
                    )}
                  </SummaryList>
                </Details.Text>
              </Details>
            </li>
          ))}
        </ol>
      )}
      {mayDo(incident.availableActions, 'DECIDE') && <DecisionForm />}
    </section>
  );
}

function DecisionForm() {
  const { incident, refresh } = useRoom();
  const [values, setValues] = useState<DecisionValues>(EMPTY_DECISION);
  const form = useRoomForm('decision', [...DECISION_FIELDS.map((f) => f.name), 'revisitsDecisionId']);
  const [record] = useMutation(RecordRoomCommandDecisionMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await form.save(validateDecision(values), async () => {
      await record({ variables: { input: decisionInput(incident.id, values) } });
      await refresh();
    });
    if (saved) setValues(EMPTY_DECISION);
  }

  return (
    <Details>
      <Details.Summary>Record a command decision</Details.Summary>
      <Details.Text>
        <form noValidate onSubmit={(event) => void submit(event)} aria-label="Record a command decision">
          <FormErrorSummary problems={form.problems} />
          {DECISION_FIELDS.map((f) => (
            <Textarea
              key={f.name}
              id={`decision-${f.name}`}
              label={f.label}
              hint={f.hint || undefined}
              rows={2}
              value={values[f.name]}
              onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              error={problemFor(form.problems, `decision-${f.name}`)}
            />
          ))}
          {incident.decisions.length > 0 && (
            <Select
              id="decision-revisitsDecisionId"
              label="Revisits an earlier decision (optional)"
              value={values.revisitsDecisionId}
              onChange={(e) => setValues({ ...values, revisitsDecisionId: e.target.value })}
              error={problemFor(form.problems, 'decision-revisitsDecisionId')}
            >
              <Select.Option value="">None</Select.Option>
              {incident.decisions.map((d, i) => (
                <Select.Option key={d.id} value={d.id}>
                  Decision {i + 1}: {d.decision}
                </Select.Option>
              ))}
            </Select>
          )}
          <Button type="submit" secondary disabled={form.busy}>
            Record decision
          </Button>
        </form>
      </Details.Text>
    </Details>
  );
}
