import type { IgDeadlineStatus, IgDecisionType, IgOutcome, IgRecipient } from '../../generated/graphql';

type TagColour = 'red' | 'orange' | 'yellow' | 'blue' | 'green' | 'grey';

const DEADLINE: Record<IgDeadlineStatus, { words: string; colour: TagColour }> = {
  RUNNING: { words: '72-hour clock running', colour: 'blue' },
  DUE_SOON: { words: 'Due within 24 hours', colour: 'orange' },
  OVERDUE: { words: 'Overdue', colour: 'red' },
  NOTIFIED_IN_TIME: { words: 'Notified in time', colour: 'green' },
  NOTIFIED_LATE: { words: 'Notified late', colour: 'yellow' },
  NOT_REPORTABLE: { words: 'Not reportable', colour: 'grey' },
};

export const deadlineWords = (s: IgDeadlineStatus) => DEADLINE[s] ?? { words: s, colour: 'grey' };

const DECISION_TYPE: Record<IgDecisionType, string> = {
  ICO_ART33: 'Report to the ICO (Article 33)',
  DATA_SUBJECTS_ART34: 'Tell the people affected (Article 34)',
  DSPT_REPORT: 'Report through the DSPT',
  NIS_NOTIFICATION: 'NIS notification',
  OTHER: 'Other decision',
};

export const decisionTypeWords = (t: IgDecisionType): string => DECISION_TYPE[t] ?? t;

const OUTCOME: Record<IgOutcome, string> = {
  REPORTABLE: 'Reportable',
  NOT_REPORTABLE: 'Not reportable',
  DEFERRED_PENDING_FACTS: 'Deferred until the facts are known',
};

export const outcomeWords = (o: IgOutcome): string => OUTCOME[o] ?? o;

const RECIPIENT: Record<IgRecipient, string> = {
  ICO: 'the ICO',
  DSPT: 'the DSPT',
  DATA_SUBJECTS: 'the people affected',
  NIS_COMPETENT_AUTHORITY: 'the NIS competent authority',
  SENIOR_MANAGEMENT: 'senior management',
};

export const recipientWords = (r: IgRecipient): string => RECIPIENT[r] ?? r;

/**
 * What a person without sight of the content is told about a decision: that it exists,
 * of which type, and when — never the outcome, which is content too.
 */
export function decisionLine(
  decision: { type: IgDecisionType; outcome: IgOutcome; content: unknown },
  contentVisible: boolean,
): string {
  const type = decisionTypeWords(decision.type);
  return contentVisible && decision.content
    ? `${type}: ${outcomeWords(decision.outcome)}`
    : `${type}: decision recorded`;
}
