import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Checkboxes, InsetText, Radios, Select, TextInput, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { problemWords } from '../../components/PageStatus';
import type { IgConsultee, IgDecisionType, IgOutcome } from '../../generated/graphql';
import {
  againstSuggestion,
  type DsptGrading,
  CONSULTEE_WORDS,
  decisionDetails,
  decisionFieldOfError,
  EMPTY_DECISION,
  OUTCOME_WORDS,
  suggestsReportable,
  TYPE_WORDS,
  validateDecision,
  type DecisionForm as Form,
} from './decision-form';
import { RecordIgDecisionMutation, SupersedeIgDecisionMutation } from './operations';

/**
 * Record a decision of a type the thread has none of, or supersede the current one (with
 * the reason). The DSPT grading's suggestion shows beside the likelihood and severity as
 * they are chosen; going against it needs a reason.
 */
export function DecisionForm({
  threadId,
  types,
  supersede,
  grading,
  onSaved,
  onCancel,
}: {
  threadId: string;
  /** The types that may be recorded (those without a current decision). */
  types: IgDecisionType[];
  supersede?: { id: string; type: IgDecisionType };
  /** The API's DSPT grading (`dsptGrading`). */
  grading: DsptGrading;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<Form>(EMPTY_DECISION);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [record] = useMutation(RecordIgDecisionMutation);
  const [replace] = useMutation(SupersedeIgDecisionMutation);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const graded = form.likelihood && form.severity;
  const suggested = graded ? suggestsReportable(Number(form.likelihood), Number(form.severity), grading) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateDecision(form, Boolean(supersede), grading);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      const decision = decisionDetails(form, grading);
      if (supersede) {
        await replace({
          variables: { input: { decisionId: supersede.id, reason: form.supersedeReason.trim(), decision } },
        });
      } else {
        await record({ variables: { input: { threadId, type: form.type as IgDecisionType, decision } } });
      }
      onSaved();
    } catch (caught) {
      setBusy(false);
      setProblems(
        CombinedGraphQLErrors.is(caught)
          ? caught.errors.map((e) => ({ field: decisionFieldOfError(e), message: e.message }))
          : [{ message: problemWords(caught as Error) || 'The decision could not be saved. Try again.' }],
      );
    }
  }

  const field = (id: keyof Form) => ({ id: `decision-${id}`, error: problemFor(problems, `decision-${id}`) });
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="decision-form-heading">
      <FormErrorSummary problems={problems} />
      <h2 id="decision-form-heading">
        {supersede ? `Supersede the decision: ${TYPE_WORDS[supersede.type]}` : 'Record a decision'}
      </h2>
      {supersede ? (
        <Textarea
          {...field('supersedeReason')}
          label="Why the earlier decision no longer stands"
          value={form.supersedeReason}
          onChange={(e) => set('supersedeReason', e.target.value)}
        />
      ) : (
        <Select
          {...field('type')}
          label="What the decision is about"
          value={form.type}
          onChange={(e) => set('type', e.target.value as IgDecisionType)}
        >
          <Select.Option value="">Select what the decision is about</Select.Option>
          {types.map((t) => (
            <Select.Option key={t} value={t}>
              {TYPE_WORDS[t]}
            </Select.Option>
          ))}
        </Select>
      )}
      <TextInput
        {...field('categories')}
        label="Kinds of personal data involved"
        hint="Separated by commas, like ‘health records, contact details’"
        value={form.categories}
        onChange={(e) => set('categories', e.target.value)}
      />
      <Checkboxes id="decision-data-kinds" legend="The data includes" small>
        <Checkboxes.Item
          value="special"
          checked={form.specialCategory}
          onChange={(e) => set('specialCategory', e.target.checked)}
        >
          Special category data (health, among others)
        </Checkboxes.Item>
        <Checkboxes.Item
          value="vulnerable"
          checked={form.childrenOrVulnerable}
          onChange={(e) => set('childrenOrVulnerable', e.target.checked)}
        >
          Data of children or vulnerable people
        </Checkboxes.Item>
      </Checkboxes>
      <TextInput
        {...field('approxDataSubjects')}
        label="About how many people are affected"
        inputMode="numeric"
        width={10}
        value={form.approxDataSubjects}
        onChange={(e) => set('approxDataSubjects', e.target.value)}
      />
      <TextInput
        {...field('approxRecords')}
        label="About how many records"
        inputMode="numeric"
        width={10}
        value={form.approxRecords}
        onChange={(e) => set('approxRecords', e.target.value)}
      />
      <Select
        {...field('likelihood')}
        label="DSPT likelihood of harm"
        value={form.likelihood}
        onChange={(e) => set('likelihood', e.target.value)}
      >
        <Select.Option value="">Select a likelihood</Select.Option>
        {grading.likelihoodLabels.map((label, i) => (
          <Select.Option key={label} value={String(i + 1)}>
            {i + 1} – {label}
          </Select.Option>
        ))}
      </Select>
      <Select
        {...field('severity')}
        label="DSPT severity of harm"
        value={form.severity}
        onChange={(e) => set('severity', e.target.value)}
      >
        <Select.Option value="">Select a severity</Select.Option>
        {grading.severityLabels.map((label, i) => (
          <Select.Option key={label} value={String(i + 1)}>
            {i + 1} – {label}
          </Select.Option>
        ))}
      </Select>
      <div aria-live="polite" data-testid="dspt-suggestion">
        {suggested !== null && (
          <InsetText>
            <p>
              The DSPT grading (likelihood {form.likelihood}, severity {form.severity}) suggests{' '}
              <strong>{suggested ? 'reportable' : 'not reportable'}</strong>.
            </p>
          </InsetText>
        )}
      </div>
      <Radios {...field('outcome')} legend="Decision">
        {(Object.keys(OUTCOME_WORDS) as IgOutcome[]).map((o) => (
          <Radios.Item key={o} value={o} checked={form.outcome === o} onChange={() => set('outcome', o)}>
            {OUTCOME_WORDS[o]}
          </Radios.Item>
        ))}
      </Radios>
      {form.outcome === 'DEFERRED_PENDING_FACTS' && (
        <TextInput
          {...field('reviewAt')}
          type="datetime-local"
          label="When to review it (UK time)"
          value={form.reviewAt}
          onChange={(e) => set('reviewAt', e.target.value)}
        />
      )}
      {againstSuggestion(form, grading) && (
        <Textarea
          {...field('againstSuggestionReason')}
          label="Why the decision differs from what the grading suggests"
          value={form.againstSuggestionReason}
          onChange={(e) => set('againstSuggestionReason', e.target.value)}
        />
      )}
      <Textarea
        {...field('rationale')}
        label="Reasons for the decision"
        hint="Every breach is recorded with its reasoning, reported or not (Article 33(5))"
        value={form.rationale}
        onChange={(e) => set('rationale', e.target.value)}
      />
      <TextInput
        {...field('legalBasis')}
        label="Legal basis relied on"
        value={form.legalBasis}
        onChange={(e) => set('legalBasis', e.target.value)}
      />
      <Checkboxes
        id="decision-consulted"
        legend="Who was consulted"
        hint="For patient data: the Caldicott Guardian and the SIRO"
      >
        {(Object.keys(CONSULTEE_WORDS) as IgConsultee[]).map((c) => (
          <Checkboxes.Item
            key={c}
            value={c}
            checked={form.consulted.includes(c)}
            onChange={(e) =>
              set('consulted', e.target.checked ? [...form.consulted, c] : form.consulted.filter((x) => x !== c))
            }
          >
            {CONSULTEE_WORDS[c]}
          </Checkboxes.Item>
        ))}
      </Checkboxes>
      <Textarea
        {...field('consultationNotes')}
        label="Notes of the consultation (optional)"
        value={form.consultationNotes}
        onChange={(e) => set('consultationNotes', e.target.value)}
      />
      <div className="nhsuk-button-group">
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : supersede ? 'Supersede the decision' : 'Record the decision'}
        </Button>
        <Button type="button" secondary onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
