import { Tag } from 'nhsuk-react-components';
import { actionStatusWords, ratingColour, ratingWords } from './assurance-words';
import { gapPlanWords, type RatingRow } from './assessment-view';

/** The gaps in words: each requirement not fully met, its plan, and the action raised from it with its status. */
export function AssessmentGaps({ gaps }: { gaps: RatingRow[] }) {
  if (!gaps.length) {
    return (
      <p>
        No requirement is rated partially or non-compliant. Any that is will be listed here with its plan and the action
        raised from it.
      </p>
    );
  }
  return (
    <ul className="nhsuk-list" data-testid="assessment-gaps">
      {gaps.map((gap) => (
        <li key={gap.id} data-testid="assessment-gap">
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
            {gap.reference} {gap.title} <Tag modifier={ratingColour(gap.rating)}>{ratingWords(gap.rating)}</Tag>
          </h3>
          <p className="nhsuk-u-margin-bottom-1">{gapPlanWords(gap)}</p>
          <p>
            {gap.action
              ? `Action raised: ${gap.action.title} (${actionStatusWords(gap.action.status).toLowerCase()}).`
              : 'No action raised yet.'}
          </p>
        </li>
      ))}
    </ul>
  );
}
