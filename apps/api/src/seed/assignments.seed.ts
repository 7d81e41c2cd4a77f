import { DataSource } from 'typeorm';
import { UnitOfWork } from '@muster/platform-database';
import { AssignmentLifecycleService, RunbookActivationService } from '@muster/assignments';
import { PATHOLOGY_TITLE } from './incidents.seed';
import { SeedSection } from './seed-section';

const ACTIVATED_FOR = 'RJE';

/**
 * The live supplier compromise gets the acute trust's (RJE) approved supplier-compromise
 * runbook activated for it by the system, acting for the ICB's commander: one assignment per
 * step, due from the declaration a day ago — most already overdue (the scheduler escalates
 * them once when it next runs), the 72-hour IG notifications counted from breach awareness
 * with no due time until the governance section opens RJE's IG thread (which times them from
 * its awareness), and the first step under way. Through the services, audited, on the
 * incident's timeline. Idempotent: nothing once the incident has an activation. The 22
 * exercise actions are the exercises section's.
 */
export const assignmentsSeed: SeedSection = {
  name: 'demo assignments',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const [found] = await db.query<
      { incidentId: string; runbookId: string | null; organisationId: string; activated: boolean }[]
    >(
      `SELECT i.id AS "incidentId", o.id AS "organisationId",
              (SELECT r.id FROM runbook r WHERE r.organisation_id = o.id AND NOT r.is_template AND r.status <> 'RETIRED'
                  AND r.current_version_id IS NOT NULL AND 'SUPPLIER_COMPROMISE' = ANY(r.categories)
                ORDER BY r.title, r.id LIMIT 1) AS "runbookId",
              EXISTS (SELECT 1 FROM runbook_activation a WHERE a.incident_id = i.id) AS activated
         FROM incident i JOIN organisation o ON o.ods_code = $2
        WHERE i.title = $1`,
      [PATHOLOGY_TITLE, ACTIVATED_FOR],
    );
    if (!found?.runbookId || found.activated) return [];
    const runbookId = found.runbookId;
    const activation = ctx.app.get(RunbookActivationService);
    const lifecycle = ctx.app.get(AssignmentLifecycleService);
    const count = await ctx.app.get(UnitOfWork).run(async () => {
      const [act] = await activation.activate(ctx.system, {
        incidentId: found.incidentId,
        runbookId,
        organisationIds: [found.organisationId],
      });
      // In step order: the first is confirming the incident with the supplier.
      const [first] = act.assignmentIds;
      const acknowledged = await lifecycle.acknowledge(ctx.system, { id: first, version: 1 });
      await lifecycle.start(ctx.system, {
        id: first,
        version: acknowledged.version,
        note: 'Supplier incident manager on a call every two hours',
      });
      return act.assignmentIds.length;
    });
    return [`  demo assignments: a runbook activated on the live incident for ${ACTIVATED_FOR} (${count} assignments)`];
  },
};
