import { rolesInWords } from '../../components/roles';
import type { CommandRoleCandidatesQuery } from '../../generated/graphql';

export type CommandRoleCandidate = CommandRoleCandidatesQuery['commandRoleCandidates'][number];

export interface CandidateOption {
  id: string;
  label: string;
}

/**
 * The people the room offers for a command role, from the API's `commandRoleCandidates`
 * (who may hold it: members of the incident's organisations or of the ICB, the commander
 * and deputy incident commanders), in its order (by name), without whoever holds it now:
 * "Amira Okafor – Incident commander at Midshire Trust".
 */
export function candidateOptions(
  candidates: readonly CommandRoleCandidate[],
  holderId: string | null | undefined,
): CandidateOption[] {
  return candidates
    .filter((c) => c.id !== holderId)
    .map((c) => {
      const where = c.organisations.map((o) => `${rolesInWords(o.roles)} at ${o.name}`).join('; ');
      return { id: c.id, label: where ? `${c.displayName} – ${where}` : c.displayName };
    });
}
