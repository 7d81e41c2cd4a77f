import { rolesInWords } from '../../components/roles';
import type { RunbookOwnerCandidatesQuery } from '../../generated/graphql';

type Candidate = RunbookOwnerCandidatesQuery['runbookOwnerCandidates'][number];

/**
 * The runbook's possible owners as the select offers them, in the API's order (by name):
 * "Priya Shah (EPRR lead)". The owner now stays in the list, marked, so the select shows them.
 */
export function ownerOptions(
  candidates: readonly Candidate[],
  ownerId: string | null,
): { id: string; label: string }[] {
  return candidates.map((c) => ({
    id: c.id,
    label: `${c.displayName} (${rolesInWords(c.roles)})${c.id === ownerId ? ' – owner now' : ''}`,
  }));
}
