import { useQuery } from '@apollo/client/react';
import { Button, TextInput } from 'nhsuk-react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { useViewer } from '../../components/viewer-context';
import { EMPTY_FILTER, toFilter, validateFilter, type AuditFilterForm } from './audit-filter';
import { AuditTable } from './AuditTable';
import { ChainCheck } from './ChainCheck';
import { AuditTrailQuery } from './operations';

const PAGE = 50;

/** The audit trail of the acting organisation, newest first, with filters; and its chain check. */
export default function AuditScreen() {
  const { acting } = useViewer();
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_FILTER);
  const [applied, setApplied] = useState<AuditFilterForm>(EMPTY_FILTER);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const { data, error, fetchMore, loading } = useQuery(AuditTrailQuery, {
    variables: { filter: toFilter(applied, acting.id), first: PAGE },
    fetchPolicy: 'network-only',
  });
  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}Audit trail – Muster`;
  }, [problems]);
  const set = (key: keyof AuditFilterForm, value: string) => setForm((f) => ({ ...f, [key]: value }));

  function apply(event: FormEvent) {
    event.preventDefault();
    const found = validateFilter(form);
    setProblems(found);
    if (!found.length) setApplied(form);
  }

  return (
    <>
      <FormErrorSummary problems={problems} />
      <h1>Audit trail of {acting.name}</h1>
      <form noValidate onSubmit={apply} className="muster-filters">
        <TextInput
          id="audit-action"
          label="Action"
          hint="Like runbook.approved"
          width={20}
          value={form.action}
          onChange={(e) => set('action', e.target.value)}
        />
        <TextInput
          id="audit-entity-type"
          label="Kind of record"
          hint="Like runbook or incident"
          width={20}
          value={form.entityType}
          onChange={(e) => set('entityType', e.target.value)}
        />
        <TextInput
          id="audit-entity-id"
          label="Record id"
          width={30}
          value={form.entityId}
          onChange={(e) => set('entityId', e.target.value)}
        />
        <TextInput
          id="audit-from"
          type="date"
          label="From (UK date)"
          width={10}
          value={form.from}
          onChange={(e) => set('from', e.target.value)}
        />
        <TextInput
          id="audit-to"
          type="date"
          label="To (UK date)"
          width={10}
          value={form.to}
          onChange={(e) => set('to', e.target.value)}
          error={problemFor(problems, 'audit-to')}
        />
        <Button type="submit" secondary>
          Filter
        </Button>
      </form>
      {error ? (
        <Problem title="The audit trail could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="the audit trail" />
      ) : data.auditTrail.nodes.length === 0 ? (
        <p>No audit events match. Every change made in Muster appears here as it is made.</p>
      ) : (
        <>
          <AuditTable events={data.auditTrail.nodes} />
          {data.auditTrail.pageInfo.hasNextPage && (
            <Button
              secondary
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: data.auditTrail.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    auditTrail: {
                      ...fetchMoreResult.auditTrail,
                      nodes: [...prev.auditTrail.nodes, ...fetchMoreResult.auditTrail.nodes],
                    },
                  }),
                })
              }
            >
              Show older events
            </Button>
          )}
        </>
      )}
      <ChainCheck organisationId={acting.id} name={acting.name} />
    </>
  );
}
