import { DataSource } from 'typeorm';
import { Principal, Role } from '@muster/platform-access';
import { Clock, SYSTEM_ACTOR } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import {
  IgConsultee,
  IgDecisionsService,
  IgDecisionType,
  IgNotificationsService,
  IgOutcome,
  IgRecipient,
  IgThreadsService,
} from '@muster/governance';
import { PATHOLOGY_TITLE } from './incidents.seed';
import { SeedSection } from './seed-section';

const HOUR_MS = 3_600_000;

/**
 * The demo's IG officer of one organisation, acting through the services as the demo seed
 * does: the audit trail names the system (the seed wrote it), the decision names the officer
 * who decided (`decided_by`).
 */
class SeededIgOfficer extends Principal {
  constructor(
    private readonly officerId: string,
    organisationId: string,
  ) {
    super(SYSTEM_ACTOR, [{ organisationId, role: Role.IG_OFFICER, teamId: null }]);
  }

  override get userId(): string {
    return this.officerId;
  }
}

/**
 * The IG decision log of the live pathology supplier compromise: one thread per affected
 * trust (each its own data controller) —
 * - the acute trust (RJE): reportable, notified to the ICO 23 hours after awareness, senior
 *   management told within the DSPT's 12 hours;
 * - the community trust (RRE): not reportable, with its rationale (Art. 33(5));
 * - the mental health trust (RLY), told by the supplier (the processor) 62 hours ago:
 *   deferred pending the supplier's forensic report, its 72-hour deadline 10 hours away.
 * Idempotent: nothing is written once the incident has a thread.
 */
export const governanceSeed: SeedSection = {
  name: 'demo IG decisions',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const now = ctx.app.get(Clock).now();
    const ago = (hours: number) => new Date(now.getTime() - hours * HOUR_MS);
    const [incident] = await db.query<{ id: string; threads: number }[]>(
      `SELECT i.id, (SELECT count(*) FROM ig_thread t WHERE t.incident_id = i.id)::int AS threads
         FROM incident i JOIN organisation o ON o.id = i.lead_organisation_id
        WHERE o.ods_code = 'QNC' AND i.title = $1`,
      [PATHOLOGY_TITLE],
    );
    if (!incident || incident.threads > 0) return [];
    const officers = new Map(
      (
        await db.query<{ ods: string; organisationId: string; userId: string }[]>(
          `SELECT o.ods_code AS ods, o.id AS "organisationId", (array_agg(m.user_id ORDER BY m.granted_at, m.user_id))[1] AS "userId"
             FROM organisation o JOIN membership m ON m.organisation_id = o.id AND m.role = 'IG_OFFICER'
            WHERE o.ods_code = ANY($1) GROUP BY o.ods_code, o.id`,
          [['RJE', 'RRE', 'RLY']],
        )
      ).map((r) => [r.ods, new SeededIgOfficer(r.userId, r.organisationId)]),
    );
    const as = (ods: string) => {
      const officer = officers.get(ods);
      if (!officer) throw new Error(`The demo directory has no IG officer at ${ods}`);
      return officer;
    };
    const orgOf = (ods: string) => as(ods).grants[0].organisationId;
    const threads = ctx.app.get(IgThreadsService);
    const decisions = ctx.app.get(IgDecisionsService);
    const notifications = ctx.app.get(IgNotificationsService);
    const pathologyData = {
      categories: ['pathology results', 'NHS numbers', 'names and dates of birth'],
      specialCategory: true,
      childrenOrVulnerable: false,
    };

    await ctx.app.get(UnitOfWork).run(
      async () => {
        // RJE: reportable, notified to the ICO 23 hours after awareness.
        const rje = await threads.open(as('RJE'), {
          incidentId: incident.id,
          organisationId: orgOf('RJE'),
          detectedAt: ago(25.5),
          awarenessAt: ago(25),
        });
        await decisions.record(as('RJE'), {
          threadId: rje.id,
          type: IgDecisionType.ICO_ART33,
          decision: {
            outcome: IgOutcome.REPORTABLE,
            data: { ...pathologyData, approxDataSubjects: 18_000, approxRecords: 52_000 },
            likelihood: 4,
            severity: 3,
            rationale:
              "The supplier's log shows results files for RJE patients copied out of the hosting platform; health data of identifiable patients: a risk to them, reportable under Art. 33.",
            legalBasis: 'UK GDPR Art. 33(1)',
            consulted: [IgConsultee.CALDICOTT_GUARDIAN, IgConsultee.SIRO, IgConsultee.DPO],
            consultationNotes: 'Caldicott Guardian and SIRO agreed on the 08:00 call; DPO drafted the notification.',
            decidedAt: ago(20),
          },
        });
        await notifications.record(as('RJE'), {
          threadId: rje.id,
          recipient: IgRecipient.SENIOR_MANAGEMENT,
          notifiedAt: ago(21),
          details: 'Briefed the executive on-call and the SIRO',
        });
        await notifications.record(as('RJE'), {
          threadId: rje.id,
          recipient: IgRecipient.ICO,
          notifiedAt: ago(2),
          externalReference: 'IC-418327-Q7K2',
          details: 'Initial notification; further information to follow once the supplier reports (Art. 33(4))',
        });

        // RRE: not reportable, with its reasoning (every breach is recorded, Art. 33(5)).
        const rre = await threads.open(as('RRE'), {
          incidentId: incident.id,
          organisationId: orgOf('RRE'),
          awarenessAt: ago(24),
        });
        await decisions.record(as('RRE'), {
          threadId: rre.id,
          type: IgDecisionType.ICO_ART33,
          decision: {
            outcome: IgOutcome.NOT_REPORTABLE,
            data: {
              categories: ['test order codes'],
              specialCategory: false,
              childrenOrVulnerable: false,
              approxDataSubjects: 0,
              approxRecords: 300,
            },
            likelihood: 2,
            severity: 2,
            rationale:
              "RRE's interface carries order codes without patient identifiers, and the supplier's log shows none of RRE's files left the platform: unlikely to result in a risk to individuals. Recorded under Art. 33(5).",
            legalBasis: 'UK GDPR Art. 33(1), no risk likely; Art. 33(5) record',
            consulted: [IgConsultee.SIRO, IgConsultee.DPO],
            decidedAt: ago(6),
          },
        });

        // RLY: the supplier (the processor) told it 62 hours ago; deferred, due in 10 hours.
        const rly = await threads.open(as('RLY'), {
          incidentId: incident.id,
          organisationId: orgOf('RLY'),
          awarenessAt: ago(62),
          processor: { name: 'Pathology LIMS supplier', toldControllerAt: ago(62) },
        });
        await decisions.record(as('RLY'), {
          threadId: rly.id,
          type: IgDecisionType.ICO_ART33,
          decision: {
            outcome: IgOutcome.DEFERRED_PENDING_FACTS,
            reviewAt: new Date(now.getTime() + 4 * HOUR_MS),
            data: { ...pathologyData, childrenOrVulnerable: true, approxDataSubjects: 2_300, approxRecords: 6_100 },
            likelihood: 3,
            severity: 3,
            rationale:
              "Whether RLY's mental health results were in the copied set awaits the supplier's forensic report, promised within 4 hours; the decision will be taken before the 72-hour deadline.",
            legalBasis: 'UK GDPR Art. 33(1)',
            consulted: [IgConsultee.CALDICOTT_GUARDIAN, IgConsultee.DPO],
            decidedAt: ago(3),
          },
        });
      },
      { actor: SYSTEM_ACTOR },
    );
    return [
      '  demo IG decisions: the supplier compromise has three threads (reportable and notified, not reportable, deferred and due in 10 hours)',
    ];
  },
};
