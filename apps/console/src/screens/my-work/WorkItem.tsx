import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Card, SummaryList, Tag, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { problemWords } from '../../components/PageStatus';
import { londonTime, until } from '../../components/time';
import type { MyAssignmentFragment } from '../../generated/graphql';
import {
  ACTION_WORDS,
  actionsFor,
  isOverdue,
  linksOf,
  statusColour,
  statusWords,
  type WorkAction,
} from './assignment-state';
import {
  AcknowledgeAssignmentMutation,
  BlockAssignmentMutation,
  CompleteAssignmentMutation,
  StartAssignmentMutation,
  UnblockAssignmentMutation,
} from './operations';

const PRIORITY_WORDS: Record<string, string> = { CRITICAL: 'Critical', HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

/**
 * One assignment: status, due time in UK time (an overdue tag once past it), owner, and
 * only the actions its status allows. Block asks for a reason, done for evidence.
 */
export function WorkItem({
  assignment: a,
  now,
  onChanged,
}: {
  assignment: MyAssignmentFragment;
  now: number;
  onChanged: (changed: MyAssignmentFragment) => void;
}) {
  const [open, setOpen] = useState<'block' | 'complete' | null>(null);
  const [text, setText] = useState('');
  const [links, setLinks] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [acknowledge] = useMutation(AcknowledgeAssignmentMutation);
  const [start] = useMutation(StartAssignmentMutation);
  const [unblock] = useMutation(UnblockAssignmentMutation);
  const [block] = useMutation(BlockAssignmentMutation);
  const [complete] = useMutation(CompleteAssignmentMutation);
  const overdue = isOverdue(a, now);
  const due = a.dueAt ? until(a.dueAt, now) : null;
  const idPrefix = `work-${a.id}`;

  async function run(action: () => Promise<MyAssignmentFragment | undefined>) {
    setBusy(true);
    setProblems([]);
    try {
      const changed = await action();
      if (changed) onChanged(changed);
      setOpen(null);
      setText('');
      setLinks('');
    } catch (caught) {
      setProblems(problemsOf(caught, open ? `${idPrefix}-text` : undefined));
    } finally {
      setBusy(false);
    }
  }

  const base = { id: a.id, version: a.version };
  function act(action: WorkAction) {
    if (action === 'block' || action === 'complete') {
      setOpen(action);
      setProblems([]);
      return;
    }
    const mutate = { acknowledge, start, unblock }[action];
    void run(async () => {
      const { data } = await mutate({ variables: { input: base } });
      if (!data) return undefined;
      return 'acknowledgeAssignment' in data
        ? data.acknowledgeAssignment
        : 'startAssignment' in data
          ? data.startAssignment
          : data.unblockAssignment;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (open === 'block') {
      if (!text.trim()) return setProblems([{ field: `${idPrefix}-text`, message: 'Enter what it is blocked on' }]);
      void run(
        async () => (await block({ variables: { input: { ...base, reason: text.trim() } } })).data?.blockAssignment,
      );
    } else if (open === 'complete') {
      const needed = a.mandatory && a.evidence.length === 0;
      if (needed && !text.trim())
        return setProblems([{ field: `${idPrefix}-text`, message: 'Enter the evidence that it is done' }]);
      const bad = linksOf(links).find((l) => !/^https:\/\/\S+$/.test(l));
      if (bad)
        return setProblems([{ field: `${idPrefix}-links`, message: `Enter links starting with https:// (${bad})` }]);
      const evidence = text.trim() ? { text: text.trim(), links: linksOf(links) } : undefined;
      void run(async () => (await complete({ variables: { input: { ...base, evidence } } })).data?.completeAssignment);
    }
  }

  return (
    <Card data-testid="work-item" data-title={a.title}>
      <Card.Heading headingLevel="h2" size="s">
        {a.title}
      </Card.Heading>
      <p className="nhsuk-body">
        <Tag modifier={statusColour(a.status)}>{statusWords(a.status)}</Tag>{' '}
        {overdue && (
          <Tag modifier="red" data-testid="overdue-tag">
            Overdue
          </Tag>
        )}
      </p>
      {a.description && <Card.Description>{a.description}</Card.Description>}
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Due</SummaryList.Key>
          <SummaryList.Value>
            {a.dueAt && due ? (
              <>
                {londonTime(a.dueAt)} (UK time), {overdue ? <strong>{due.words}</strong> : due.words}
              </>
            ) : (
              'No due time'
            )}
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Owner</SummaryList.Key>
          <SummaryList.Value>
            {a.organisation.name}
            {a.team ? `, ${a.team.name}` : ''}
            {a.assignee ? `, ${a.assignee.name}` : ''}
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Priority</SummaryList.Key>
          <SummaryList.Value>
            {PRIORITY_WORDS[a.priority] ?? a.priority}
            {a.mandatory ? ' (mandatory: done needs evidence)' : ''}
          </SummaryList.Value>
        </SummaryList.Row>
        {a.statusReason && (
          <SummaryList.Row>
            <SummaryList.Key>Reason</SummaryList.Key>
            <SummaryList.Value>{a.statusReason}</SummaryList.Value>
          </SummaryList.Row>
        )}
      </SummaryList>
      <FormErrorSummary problems={open ? problems : []} />
      {!open && problems.length > 0 && (
        <p className="nhsuk-error-message" role="alert">
          {problems.map((p) => p.message).join(' ')}
        </p>
      )}
      {open ? (
        <form noValidate onSubmit={submit}>
          <Textarea
            id={`${idPrefix}-text`}
            label={open === 'block' ? 'What is it blocked on?' : 'Evidence that it is done'}
            hint={open === 'complete' && !(a.mandatory && a.evidence.length === 0) ? 'Optional' : undefined}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={problemFor(problems, `${idPrefix}-text`)}
          />
          {open === 'complete' && (
            <Textarea
              id={`${idPrefix}-links`}
              label="Links to the evidence (optional)"
              hint="One https:// link a line"
              value={links}
              onChange={(e) => setLinks(e.target.value)}
              error={problemFor(problems, `${idPrefix}-links`)}
            />
          )}
          <div className="nhsuk-button-group">
            <Button type="submit" disabled={busy}>
              {open === 'block' ? 'Block' : 'Mark as done'}
            </Button>
            <Button type="button" secondary onClick={() => setOpen(null)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        actionsFor(a.status).length > 0 && (
          <div className="nhsuk-button-group">
            {actionsFor(a.status).map((action) => (
              <Button
                key={action}
                type="button"
                secondary={action !== 'acknowledge' && action !== 'complete'}
                disabled={busy}
                onClick={() => act(action)}
                aria-label={`${ACTION_WORDS[action]}: ${a.title}`}
              >
                {ACTION_WORDS[action]}
              </Button>
            ))}
          </div>
        )
      )}
    </Card>
  );
}

function problemsOf(caught: unknown, field: string | undefined): FormProblem[] {
  if (CombinedGraphQLErrors.is(caught)) {
    return caught.errors.map((e) => {
      const code = (e.extensions as { code?: string } | undefined)?.code;
      return {
        field,
        message: code === 'CONFLICT' ? `${e.message}. It changed since you loaded it: reload the page.` : e.message,
      };
    });
  }
  return [{ message: problemWords(caught as Error) || 'The change could not be saved. Try again.' }];
}
