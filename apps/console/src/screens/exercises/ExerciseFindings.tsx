import type { ExerciseActionFragment, ExerciseDetailQuery } from '../../generated/graphql';
import { isClosed } from './action-tracker';
import { londonDate } from './exercise-words';

type Finding = ExerciseDetailQuery['exercise']['findings'][number];

/** The lessons identified, oldest first, each with the actions raised from it that the person can see. */
export function ExerciseFindings({
  findings,
  actions,
  organisations,
}: {
  findings: Finding[];
  actions: ExerciseActionFragment[];
  organisations: { id: string; name: string }[];
}) {
  const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
  return (
    <section aria-labelledby="findings">
      <h2 id="findings">Findings</h2>
      {findings.length === 0 ? (
        <p className="nhsuk-body">
          No findings recorded yet. The lessons this exercise identified will appear here, with the actions raised from
          them.
        </p>
      ) : (
        findings.map((f, i) => {
          const raised = actions.filter((a) => a.finding.id === f.id);
          const open = raised.filter((a) => !isClosed(a.status)).length;
          return (
            <div key={f.id} className="nhsuk-card" data-testid="finding" data-title={f.title}>
              <div className="nhsuk-card__content">
                <h3 className="nhsuk-card__heading nhsuk-heading-s">
                  {i + 1}. {f.title}
                </h3>
                <p className="nhsuk-body-s">
                  Recorded {londonDate(f.recordedAt)}
                  {f.organisationId ? `, concerning ${nameOf.get(f.organisationId) ?? 'one organisation'}` : ''}.{' '}
                  {raised.length
                    ? `${raised.length} action${raised.length === 1 ? '' : 's'} listed, ${open} not done yet.`
                    : 'No actions listed from it.'}
                </p>
                {f.detail && <p className="nhsuk-body">{f.detail}</p>}
              </div>
            </div>
          );
        })
      )}
    </section>
  );
}
