import { useQuery } from '@apollo/client/react';
import { BackLink } from 'nhsuk-react-components';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { AuditTable } from './AuditTable';
import { AuditHistoryQuery } from './operations';

/** One record's whole history, with what each change changed. */
export default function AuditHistoryScreen() {
  const { entityType = '', entityId = '' } = useParams();
  const { data, error } = useQuery(AuditHistoryQuery, {
    variables: { entityType, entityId, first: 100 },
    fetchPolicy: 'network-only',
  });
  const kind = entityType.replace(/_/g, ' ');
  useEffect(() => {
    document.title = `History of a ${kind} – Muster`;
  }, [kind]);
  return (
    <>
      <BackLink asElement={Link} to="/audit-trail">
        Back to the audit trail
      </BackLink>
      <h1>History of this {kind}</h1>
      {error ? (
        <Problem title="The history could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="the history" />
      ) : data.auditHistory.nodes.length === 0 ? (
        <p>Nothing has been recorded about this {kind} that you may see.</p>
      ) : (
        <AuditTable events={data.auditHistory.nodes} showChanges />
      )}
    </>
  );
}
