import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/**
 * Who reads and who reports SOC posture (and NHS cyber alert responses).
 * - Reads: the organisation's members, the ICB's EPRR lead and system-wide roles; anyone
 *   else gets NOT_FOUND, exactly as for an organisation that does not exist.
 * - Reports: an API key of an organisation of kind SOC, and nothing else; such a key reads
 *   nothing (its grant is the SOC's, never the organisation reported on).
 */
export const PostureAccess = {
  isApiKey(principal: Principal): boolean {
    return principal.actor.type === 'API_KEY';
  },

  /** `icbIds`: the ICBs among the organisations where the caller is EPRR lead. */
  readsAll(principal: Principal, icbIds: readonly string[]): boolean {
    if (PostureAccess.isApiKey(principal)) return false;
    return principal.isSystemWide || icbIds.some((id) => principal.holds(Role.EPRR_LEAD, id));
  },

  canRead(principal: Principal, organisationId: string, icbIds: readonly string[]): boolean {
    if (PostureAccess.isApiKey(principal)) return false;
    return PostureAccess.readsAll(principal, icbIds) || AccessPolicy.canSeeOrganisation(principal, organisationId);
  },

  assertCanRead(principal: Principal, organisationId: string, icbIds: readonly string[]): void {
    if (!PostureAccess.canRead(principal, organisationId, icbIds)) throw DomainError.notFound('Organisation');
  },

  /** Organisations where the caller is EPRR lead: the candidates for "the ICB's EPRR lead". */
  eprrLeadOrganisations(principal: Principal): string[] {
    return [...new Set(principal.grants.filter((g) => g.role === Role.EPRR_LEAD).map((g) => g.organisationId))];
  },

  /** The SOC organisation a reporting API key acts for; FORBIDDEN for anyone else. */
  assertSocKey(
    principal: Principal,
    kindOf: (organisationId: string) => string | undefined,
  ): { socId: string; keyId: string } {
    const [grant] = principal.grants;
    const keyId = principal.actor.id;
    if (
      !PostureAccess.isApiKey(principal) ||
      !keyId ||
      principal.grants.length !== 1 ||
      kindOf(grant.organisationId) !== 'SOC'
    )
      throw DomainError.forbidden();
    return { socId: grant.organisationId, keyId };
  },
};
