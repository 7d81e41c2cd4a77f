import { useMutation } from '@apollo/client/react';
import { Button, Checkboxes, Fieldset, Radios, Select, TextInput, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import type { AssuranceFrameworkKind, AssuranceRating } from '../../generated/graphql';
import {
  EMPTY_RATE,
  isFullyMet,
  ownerWords,
  problemsOf,
  RATE_FIELDS,
  rateInput,
  typedDate,
  validateRate,
  type RateForm,
} from './assessment-forms';
import { ratingScale, ratingWords } from './assurance-words';
import { RateRequirementMutation } from './operations';

interface Rated {
  requirementId: string;
  reference: string;
  title: string;
  rating?: AssuranceRating | null;
  evidence: string;
  evidenceLinks: string[];
  improvement: string;
  targetDate?: string | null;
  owner?: { id: string; displayName: string; active: boolean } | null;
}

/** Rates one requirement of a draft: its rating, evidence and, when it falls short, the gap's plan. */
export function RateRequirementForm(props: {
  assessmentId: string;
  version: number;
  kind: AssuranceFrameworkKind;
  ratings: Rated[];
  /** The person rating (null for an API key): they may name themselves the owner. */
  me: string | null;
  onRated: (words: string) => void;
}) {
  const [form, setForm] = useState<RateForm>(EMPTY_RATE);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [rate, { loading }] = useMutation(RateRequirementMutation);
  const set = (key: Exclude<keyof RateForm, 'ownedByMe'>, value: string) => setForm((f) => ({ ...f, [key]: value }));

  /** Picking a requirement fills the form with what is recorded for it, to change. */
  function pick(requirementId: string) {
    const r = props.ratings.find((x) => x.requirementId === requirementId);
    setForm(
      r
        ? {
            requirementId,
            rating: r.rating ?? '',
            evidence: r.evidence,
            links: r.evidenceLinks.join('\n'),
            improvement: r.improvement,
            targetDate: typedDate(r.targetDate),
            ownedByMe: false,
          }
        : { ...EMPTY_RATE, requirementId },
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateRate(form);
    setProblems(found);
    if (found.length) return;
    try {
      await rate({ variables: { input: rateInput(form, props.assessmentId, props.version, props.me) } });
      const r = props.ratings.find((x) => x.requirementId === form.requirementId);
      setForm(EMPTY_RATE);
      props.onRated(
        `${r?.reference ?? 'The requirement'} rated ${ratingWords(form.rating as AssuranceRating).toLowerCase()}.`,
      );
    } catch (caught) {
      setProblems(problemsOf(caught, RATE_FIELDS));
    }
  }

  const gap = form.rating !== '' && !isFullyMet(form.rating);
  const picked = props.ratings.find((x) => x.requirementId === form.requirementId);
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <FormErrorSummary problems={problems} />
      <Fieldset>
        <Fieldset.Legend size="m">Rate a requirement</Fieldset.Legend>
        <Select
          id="rate-requirement"
          label="Requirement"
          value={form.requirementId}
          onChange={(e) => pick(e.target.value)}
          error={problemFor(problems, 'rate-requirement')}
        >
          <Select.Option value="">Select a requirement</Select.Option>
          {props.ratings.map((r) => (
            <Select.Option key={r.requirementId} value={r.requirementId}>
              {r.reference} {r.title} ({ratingWords(r.rating).toLowerCase()})
            </Select.Option>
          ))}
        </Select>
        <Radios id="rate-rating" legend="Rating" error={problemFor(problems, 'rate-rating')}>
          {ratingScale(props.kind).map((rating) => (
            <Radios.Item
              key={rating}
              value={rating}
              checked={form.rating === rating}
              onChange={() => set('rating', rating)}
            >
              {ratingWords(rating)}
            </Radios.Item>
          ))}
        </Radios>
        <Textarea
          id="rate-evidence"
          label="Evidence (optional)"
          hint="What shows the requirement is met, like board minutes or a plan’s version"
          value={form.evidence}
          onChange={(e) => set('evidence', e.target.value)}
          error={problemFor(problems, 'rate-evidence')}
        />
        <Textarea
          id="rate-links"
          label="Links to the evidence (optional)"
          hint="One https link a line, up to 20"
          rows={2}
          value={form.links}
          onChange={(e) => set('links', e.target.value)}
          error={problemFor(problems, 'rate-links')}
        />
        {gap && (
          <>
            <Textarea
              id="rate-improvement"
              label="Planned improvement"
              hint="What will be done to meet it fully; needed, with a target date, before submitting"
              value={form.improvement}
              onChange={(e) => set('improvement', e.target.value)}
              error={problemFor(problems, 'rate-improvement')}
            />
            <TextInput
              id="rate-target"
              label="Target date"
              hint="For example, 31/03/2026"
              width={10}
              value={form.targetDate}
              onChange={(e) => set('targetDate', e.target.value)}
              error={problemFor(problems, 'rate-target')}
            />
          </>
        )}
        {props.me && (
          <Checkboxes
            id="rate-owner"
            hint={`Owner now: ${ownerWords(picked?.owner)}`}
            error={problemFor(problems, 'rate-owner')}
          >
            <Checkboxes.Item
              value="me"
              checked={form.ownedByMe}
              onChange={(e) => setForm((f) => ({ ...f, ownedByMe: e.target.checked }))}
            >
              Make me the owner of this requirement
            </Checkboxes.Item>
          </Checkboxes>
        )}
        <Button type="submit" secondary disabled={loading}>
          Save rating
        </Button>
      </Fieldset>
    </form>
  );
}
