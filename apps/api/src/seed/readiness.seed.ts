import { DataSource } from 'typeorm';
import { IncidentCategory } from '@muster/runbooks';
import { OptInsService } from '@muster/readiness';
import { SeedSection } from './seed-section';

/**
 * Categories demo organisations hold themselves to beyond their kind's: Staffordshire
 * County Council keeps DDoS and account compromise plans of its own (the NHS templates
 * apply to councils only for ransomware and data breach), so it has opted in to them and
 * readiness judges those plans too.
 */
const OPT_INS: Record<string, IncidentCategory[]> = {
  E10000028: [IncidentCategory.DDOS, IncidentCategory.ACCOUNT_COMPROMISE],
};

/** Demo opt-ins, through the opt-ins service as the system (audited). Idempotent: an organisation with any opt-in is left as it is. */
export const readinessSeed: SeedSection = {
  name: 'demo readiness opt-ins',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const service = ctx.app.get(OptInsService);
    const rows = await db.query<{ id: string; odsCode: string; optedIn: boolean }[]>(
      `SELECT o.id, o.ods_code AS "odsCode", EXISTS (SELECT 1 FROM readiness_opt_in p WHERE p.organisation_id = o.id) AS "optedIn"
         FROM organisation o WHERE o.ods_code = ANY($1)`,
      [Object.keys(OPT_INS)],
    );
    let made = 0;
    for (const org of rows.filter((r) => !r.optedIn)) {
      for (const category of OPT_INS[org.odsCode]) {
        await service.optIn(ctx.system, { organisationId: org.id, category });
        made++;
      }
    }
    return made ? [`  demo readiness opt-ins: ${made} (a council holding itself to plans beyond its kind's)`] : [];
  },
};
