import { useMutation } from '@apollo/client/react';
import { Button, Fieldset, Select, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { problemsOf, validatePeriod } from './assessment-forms';
import { StartAssessmentMutation, StartNextAssessmentMutation } from './operations';

/**
 * Starts the organisation's assessment of a framework version for a period: blank, or as a
 * copy of an earlier one (ratings, evidence, owners and gaps, by requirement reference).
 */
export function StartAssessmentForm(props: {
  organisationId: string;
  framework: { id: string; name: string; version: string };
  earlier: { id: string; frameworkName: string; period: string }[];
}) {
  const navigate = useNavigate();
  const [period, setPeriod] = useState('');
  const [from, setFrom] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [start, { loading: starting }] = useMutation(StartAssessmentMutation);
  const [startNext, { loading: copying }] = useMutation(StartNextAssessmentMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validatePeriod(period);
    setProblems(found);
    if (found.length) return;
    const fields = { period: 'start-period', previousAssessmentId: 'start-from' };
    try {
      const id = from
        ? (
            await startNext({
              variables: {
                input: { previousAssessmentId: from, frameworkId: props.framework.id, period: period.trim() },
              },
            })
          ).data?.startNextAssessment.id
        : (
            await start({
              variables: {
                input: { organisationId: props.organisationId, frameworkId: props.framework.id, period: period.trim() },
              },
            })
          ).data?.startAssessment.id;
      if (id) void navigate(`/assurance/assessments/${id}`);
    } catch (caught) {
      setProblems(problemsOf(caught, fields));
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <FormErrorSummary problems={problems} />
      <Fieldset>
        <Fieldset.Legend size="m">
          Start an assessment of {props.framework.name} {props.framework.version}
        </Fieldset.Legend>
        <TextInput
          id="start-period"
          label="Period"
          hint="A year, like 2025, or a financial year, like 2025-26"
          width={10}
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          error={problemFor(problems, 'start-period')}
        />
        {props.earlier.length > 0 && (
          <Select
            id="start-from"
            label="Start from"
            hint="A copy keeps the ratings, evidence and gaps of the requirements both have"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            error={problemFor(problems, 'start-from')}
          >
            <Select.Option value="">A blank assessment</Select.Option>
            {props.earlier.map((a) => (
              <Select.Option key={a.id} value={a.id}>
                A copy of {a.frameworkName} {a.period}
              </Select.Option>
            ))}
          </Select>
        )}
        <Button type="submit" secondary disabled={starting || copying}>
          Start assessment
        </Button>
      </Fieldset>
    </form>
  );
}
