import { Designation, TeamFunction } from '@muster/identity';

/**
 * THE choice of who owns an activated step: for the organisation the runbook is activated
 * for (`chosen`) and the step's function (`fn`), the owning organisation and its team for
 * that function (the first by name; none when it has no such team — the assignment is the
 * organisation's to hand to a team). A lateral subquery yielding `organisation_id` and
 * `team_id`, used once, by ActivationStore.activate.
 *
 * Shared services (an organisation's function delivered by another organisation, the ICS
 * SOC running Cyber/SOC for several trusts) are decided here and nowhere else: look up the
 * provider of (`chosen`, `fn`) and answer its organisation and team.
 */
export function owningTeamSql(chosen: string, fn: string): string {
  return `LATERAL (
    SELECT ${chosen} AS organisation_id,
           (SELECT t.id FROM team t WHERE t.organisation_id = ${chosen} AND t.function = ${fn}
             ORDER BY t.name, t.id LIMIT 1) AS team_id
  )`;
}

/** The function of a step that names a designation instead of a function (whose team owns it). */
export const DESIGNATION_FUNCTIONS: Record<Designation, TeamFunction> = {
  [Designation.ACCOUNTABLE_EMERGENCY_OFFICER]: TeamFunction.EPRR,
  [Designation.SIRO]: TeamFunction.INFORMATION_GOVERNANCE,
  [Designation.CALDICOTT_GUARDIAN]: TeamFunction.INFORMATION_GOVERNANCE,
  [Designation.DATA_PROTECTION_OFFICER]: TeamFunction.INFORMATION_GOVERNANCE,
  [Designation.STRATEGIC_ON_CALL]: TeamFunction.EXECUTIVE_ON_CALL,
  [Designation.TACTICAL_ON_CALL]: TeamFunction.EXECUTIVE_ON_CALL,
  [Designation.OPERATIONAL_ON_CALL]: TeamFunction.EXECUTIVE_ON_CALL,
};
