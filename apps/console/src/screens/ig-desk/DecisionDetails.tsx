import { SummaryList, Tag } from 'nhsuk-react-components';
import type { IgDecisionViewFragment } from '../../generated/graphql';
import { CONSULTEE_WORDS, OUTCOME_WORDS, TYPE_WORDS } from './decision-form';
import { londonWithZone } from './ig-clock';

/** The DSPT grading beside what it suggested and what was decided. */
export function gradingWords(content: NonNullable<IgDecisionViewFragment['content']>): string {
  return `Likelihood ${content.likelihood} (${content.likelihoodLabel}), severity ${content.severity} (${content.severityLabel}): the DSPT grading suggested ${content.suggestedReportable ? 'reportable' : 'not reportable'}`;
}

/**
 * One decision: what everyone who sees the incident may see (type, outcome, times), then its
 * content where the API gives it (null for the others: nothing to show, nothing to leak).
 */
export function DecisionDetails({ decision: d }: { decision: IgDecisionViewFragment }) {
  const c = d.content;
  return (
    <div data-testid="ig-decision" data-decision-id={d.id}>
      <h3>
        {TYPE_WORDS[d.type]}: {OUTCOME_WORDS[d.outcome]}{' '}
        {d.current ? <Tag modifier="green">Current</Tag> : <Tag modifier="grey">Superseded</Tag>}
      </h3>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Decided</SummaryList.Key>
          <SummaryList.Value>
            {londonWithZone(d.decidedAt)}
            {c ? ` by ${c.decidedBy.displayName}` : ''}
          </SummaryList.Value>
        </SummaryList.Row>
        {d.reviewAt && (
          <SummaryList.Row>
            <SummaryList.Key>Review</SummaryList.Key>
            <SummaryList.Value>{londonWithZone(d.reviewAt)}</SummaryList.Value>
          </SummaryList.Row>
        )}
        {c && (
          <>
            <SummaryList.Row>
              <SummaryList.Key>DSPT grading</SummaryList.Key>
              <SummaryList.Value>
                {gradingWords(c)}
                {c.againstSuggestionReason && <p>Decided otherwise because: {c.againstSuggestionReason}</p>}
              </SummaryList.Value>
            </SummaryList.Row>
            <SummaryList.Row>
              <SummaryList.Key>Personal data</SummaryList.Key>
              <SummaryList.Value>
                {c.dataCategories.join(', ')}; about {c.approxDataSubjects} people, {c.approxRecords} records
                {c.specialCategory ? '; special category' : ''}
                {c.childrenOrVulnerable ? '; children or vulnerable people' : ''}
              </SummaryList.Value>
            </SummaryList.Row>
            <SummaryList.Row>
              <SummaryList.Key>Reasons</SummaryList.Key>
              <SummaryList.Value>{c.rationale}</SummaryList.Value>
            </SummaryList.Row>
            <SummaryList.Row>
              <SummaryList.Key>Legal basis</SummaryList.Key>
              <SummaryList.Value>{c.legalBasis}</SummaryList.Value>
            </SummaryList.Row>
            <SummaryList.Row>
              <SummaryList.Key>Consulted</SummaryList.Key>
              <SummaryList.Value>
                {c.consulted.length ? c.consulted.map((x) => CONSULTEE_WORDS[x]).join(', ') : 'Nobody'}
                {c.consultationNotes && <p>{c.consultationNotes}</p>}
              </SummaryList.Value>
            </SummaryList.Row>
            {c.supersedeReason && (
              <SummaryList.Row>
                <SummaryList.Key>Why it replaced the earlier decision</SummaryList.Key>
                <SummaryList.Value>{c.supersedeReason}</SummaryList.Value>
              </SummaryList.Row>
            )}
          </>
        )}
      </SummaryList>
    </div>
  );
}
