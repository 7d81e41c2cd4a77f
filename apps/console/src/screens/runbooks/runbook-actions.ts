import type { Role, RunbookStatus } from '../../generated/graphql';

export type RunbookAction = 'SUBMIT' | 'APPROVE' | 'RETURN' | 'REVISE';

const EDITORS: Role[] = ['EPRR_LEAD', 'ORG_ADMIN'];

export interface RunbookFacts {
  status: RunbookStatus;
  organisationId: string;
  submittedBy?: { id: string } | null;
}

/** Whether the person may change the draft: an EPRR lead or administrator of the runbook's organisation. */
export function mayEdit(runbook: RunbookFacts, acting: { id: string; roles: Role[] }): boolean {
  return (
    runbook.status === 'DRAFT' && acting.id === runbook.organisationId && acting.roles.some((r) => EDITORS.includes(r))
  );
}

/**
 * The buttons a runbook's page offers, from its status and the person's roles in its
 * organisation (the API's transition table decides; this only hides what it would refuse).
 * Four eyes: whoever submitted it is not offered approval.
 */
export function runbookActions(
  runbook: RunbookFacts,
  acting: { id: string; roles: Role[] },
  userId: string | null,
): RunbookAction[] {
  if (acting.id !== runbook.organisationId) return [];
  const editor = acting.roles.some((r) => EDITORS.includes(r));
  const lead = acting.roles.includes('EPRR_LEAD');
  switch (runbook.status) {
    case 'DRAFT':
      return editor ? ['SUBMIT'] : [];
    case 'IN_REVIEW':
      return [
        ...(lead && userId !== null && runbook.submittedBy?.id !== userId ? (['APPROVE'] as const) : []),
        ...(editor ? (['RETURN'] as const) : []),
      ];
    case 'APPROVED':
      return editor ? ['REVISE'] : [];
    default:
      return [];
  }
}

export const ACTION_WORDS: Record<RunbookAction, string> = {
  SUBMIT: 'Submit for review',
  APPROVE: 'Approve',
  RETURN: 'Return to draft',
  REVISE: 'Start a new draft',
};

const STATUS: Record<RunbookStatus, { words: string; colour: 'grey' | 'yellow' | 'green' | 'red' }> = {
  DRAFT: { words: 'Draft', colour: 'grey' },
  IN_REVIEW: { words: 'In review', colour: 'yellow' },
  APPROVED: { words: 'Approved', colour: 'green' },
  RETIRED: { words: 'Retired', colour: 'red' },
};
export const runbookStatusWords = (status: RunbookStatus): string => STATUS[status].words;
export const runbookStatusColour = (status: RunbookStatus) => STATUS[status].colour;
