import { DataSource } from 'typeorm';
import { SharedServicesService, TeamFunction } from '@muster/identity';
import { SeedSection } from './seed-section';

/**
 * Functions one demo organisation delivers for another: the ICS SOC runs Cyber/SOC for North
 * Staffordshire Combined Healthcare (RLY), which has no cyber team of its own — so
 * readiness counts the SOC's analysts for RLY's cyber steps. Through the service as the
 * system (audited); idempotent: an arrangement that exists is left as it is.
 */
const ARRANGEMENTS: { client: string; function: TeamFunction; provider: string; note: string }[] = [
  {
    client: 'RLY',
    function: TeamFunction.CYBER_SOC,
    provider: 'QNCSOC',
    note: 'ICS SOC managed detection and response, vulnerability scanning and patching service',
  },
];

export const sharedServicesSeed: SeedSection = {
  name: 'demo shared services',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const service = ctx.app.get(SharedServicesService);
    let made = 0;
    for (const a of ARRANGEMENTS) {
      const [row] = await db.query<{ client: string; provider: string; exists: boolean }[]>(
        `SELECT c.id AS client, p.id AS provider,
                EXISTS (SELECT 1 FROM shared_service s WHERE s.client_organisation_id = c.id AND s.function = $3) AS exists
           FROM organisation c, organisation p WHERE c.ods_code = $1 AND p.ods_code = $2`,
        [a.client, a.provider, a.function],
      );
      if (!row || row.exists) continue;
      await service.record(ctx.system, {
        clientOrganisationId: row.client,
        function: a.function,
        providerOrganisationId: row.provider,
        note: a.note,
      });
      made++;
    }
    return made ? [`  demo shared services: the ICS SOC delivers Cyber/SOC for RLY`] : [];
  },
};
