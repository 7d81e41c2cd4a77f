import { Designation, TeamFunction } from '@muster/identity';

/**
 * THE choice of who owns an activated step: for the organisation the runbook is activated
 * for (`chosen`) and the step's function (`fn`), the owning organisation and its team for
 * that function (the first by name; none when it has no such team — the assignment is the
 * organisation's to hand to a team). A lateral subquery yielding `organisation_id` and
 * `team_id`, used once, by ActivationStore.activate.
 *
 * Shared services are decided here and nowhere else: where another organisation delivers
 * `fn` for `chosen` (`shared_service`, the ICS SOC running Cyber/SOC for a trust), the
 * provider owns the step, with its team for that function.
 */
export function owningTeamSql(chosen: string, fn: string): string {
  return `LATERAL (
    SELECT o.id AS organisation_id,
           (SELECT t.id FROM team t WHERE t.organisation_id = o.id AND t.function = ${fn}
             ORDER BY t.name, t.id LIMIT 1) AS team_id
      FROM (SELECT coalesce((SELECT s.provider_organisation_id FROM shared_service s
                              WHERE s.client_organisation_id = ${chosen} AND s.function = ${fn}), ${chosen}) AS id) o
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
