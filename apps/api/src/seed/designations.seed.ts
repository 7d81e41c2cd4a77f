import { DataSource } from 'typeorm';
import { Designation, DesignationsService } from '@muster/identity';
import { DEMO_EMAIL_DOMAIN, DEMO_ORGANISATIONS } from './identity.seed';
import { SeedSection } from './seed-section';

/**
 * Who each demo organisation designates, by the local part of the demo email: the
 * organisation admin stands for the executive (Accountable Emergency Officer, SIRO, gold
 * on-call), the IG officer is Caldicott Guardian and Data Protection Officer (where there
 * is none, as at Stoke-on-Trent City Council, the admin), the incident commander is silver
 * and the EPRR leads bronze. Only active members are designated.
 */
const HOLDERS: Record<Designation, string[]> = {
  [Designation.ACCOUNTABLE_EMERGENCY_OFFICER]: ['org.admin'],
  [Designation.SIRO]: ['org.admin'],
  [Designation.CALDICOTT_GUARDIAN]: ['ig.officer', 'org.admin'],
  [Designation.DATA_PROTECTION_OFFICER]: ['ig.officer', 'org.admin'],
  [Designation.STRATEGIC_ON_CALL]: ['org.admin'],
  [Designation.TACTICAL_ON_CALL]: ['incident.commander'],
  [Designation.OPERATIONAL_ON_CALL]: ['eprr.lead', 'deputy.eprr.lead'],
};
/** Who takes a rota when nobody of its list is there (Staffordshire County Council's EPRR lead has left). */
const ROTA_FALLBACK = 'incident.commander';
/** Single-holder designations take the first person of the list who is there; rotas take everyone. */
const ROTAS = new Set([Designation.TACTICAL_ON_CALL, Designation.OPERATIONAL_ON_CALL]);

/**
 * Demo designations, through the designations service as the system (audited). Idempotent:
 * an organisation that has any designation already is left as it is.
 */
export const designationsSeed: SeedSection = {
  name: 'demo designations',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const service = ctx.app.get(DesignationsService);
    const people: { organisationId: string; odsCode: string; local: string; userId: string; designated: boolean }[] =
      await db.query(
        `SELECT o.id AS "organisationId", o.ods_code AS "odsCode", split_part(u.email, '@', 1) AS local, u.id AS "userId",
              EXISTS (SELECT 1 FROM designation d WHERE d.organisation_id = o.id) AS designated
         FROM organisation o JOIN membership m ON m.organisation_id = o.id JOIN app_user u ON u.id = m.user_id AND u.active
        WHERE o.ods_code = ANY($1) AND u.email LIKE $2`,
        [DEMO_ORGANISATIONS.map((o) => o.odsCode), `%.${DEMO_EMAIL_DOMAIN}`],
      );
    let made = 0;
    for (const org of DEMO_ORGANISATIONS) {
      const members = people.filter((p) => p.odsCode === org.odsCode);
      if (members.length === 0 || members[0].designated) continue;
      for (const [designation, locals] of Object.entries(HOLDERS) as [Designation, string[]][]) {
        let holders = locals.flatMap((local) => members.filter((m) => m.local === local));
        if (holders.length === 0 && ROTAS.has(designation)) holders = members.filter((m) => m.local === ROTA_FALLBACK);
        for (const holder of ROTAS.has(designation) ? holders : holders.slice(0, 1)) {
          await service.designate(ctx.system, {
            organisationId: holder.organisationId,
            designation,
            userId: holder.userId,
          });
          made++;
        }
      }
    }
    return made
      ? [`  demo designations: ${made} (AEO, SIRO, Caldicott Guardian, DPO, gold/silver/bronze on-call)`]
      : [];
  },
};
