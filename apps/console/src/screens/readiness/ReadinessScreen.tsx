import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { isForbidden } from '../../components/api-problems';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { londonTime } from '../../components/time';
import { useViewer } from '../../components/viewer-context';
import { categoryWordsOf } from './category-words';
import { SystemReadinessQuery } from './operations';
import { ReadinessMatrix } from './ReadinessMatrix';
import { buildMatrix } from './readiness-matrix';
import { scoreWords } from './readiness-words';

/**
 * Readiness: the ICS matrix of organisations × categories for those who see the whole
 * system (the ICB's EPRR lead, system administrators, auditors); anyone else is sent to
 * their own organisation's readiness.
 */
export default function ReadinessScreen() {
  const { acting } = useViewer();
  const { data, error } = useQuery(SystemReadinessQuery, { fetchPolicy: 'network-only' });
  const matrix = useMemo(() => (data ? buildMatrix(data.systemReadiness) : null), [data]);
  useEffect(() => {
    document.title = 'Readiness – Muster';
  }, []);

  if (error && isForbidden(error)) {
    return (
      <>
        <h1>Readiness</h1>
        <p>The readiness of every organisation of the ICS is for the ICB’s EPRR lead.</p>
        <p>
          <Link to={`/readiness/${acting.id}`}>See the readiness of {acting.name}</Link>
        </p>
      </>
    );
  }
  if (error) {
    return (
      <Problem title="Readiness could not be loaded">
        <p>{problemWords(error)}</p>
      </Problem>
    );
  }
  if (!data || !matrix) return <Loading what="readiness" />;
  const words = categoryWordsOf(data.incidentCategories);
  const withGaps = matrix.rows.filter((r) => r.gapCount > 0).length;
  return (
    <>
      <h1>Readiness of the ICS</h1>
      <p>
        {matrix.rows.length} organisations, score {scoreWords(data.systemReadiness.score)};{' '}
        {withGaps === 0 ? 'none has gaps.' : `${withGaps} with gaps, listed first.`} Evaluated{' '}
        {londonTime(data.systemReadiness.evaluatedAt)}.
      </p>
      {matrix.rows.length === 0 ? (
        <p>There are no organisations yet. They will appear here once an administrator adds them.</p>
      ) : (
        <ReadinessMatrix matrix={matrix} words={words} />
      )}
    </>
  );
}
