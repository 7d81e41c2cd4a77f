import { DataSource } from 'typeorm';
import { Clock, SYSTEM_ACTOR } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { CyberAlertAudit, CyberAlertDeadlineJobs, CyberAlertSeverity } from '@muster/posture';
import { SeedSection } from './seed-section';

const HOUR_MS = 3_600_000;
const ORGANISATIONS = ['QNC', 'RJE', 'RRE', 'RLY', 'RYA', 'E10000028', 'E06000021'];
/** The council that did not acknowledge the recent high-severity alert. */
export const OVERDUE_COUNCIL = 'E06000021';

/** What an organisation did with an alert, hours after issue. */
interface Answer {
  ackAfter: number;
  applicable?: boolean;
  words?: string;
  updates?: { after: number; words: string }[];
  closed?: { after: number; words: string };
}

interface DemoAlert {
  reference: string;
  title: string;
  severity: CyberAlertSeverity;
  summary: string;
  hoursAgo: number;
  /** By ODS code; an organisation not named has not acknowledged it. */
  answers: Record<string, Answer>;
}

const NOT_IN_USE = (product: string): Answer['words'] =>
  `${product} is not in use here (checked against the asset register)`;

/**
 * Recent NHS cyber alerts, as the SOC records them for the ICS: most answered in time; the
 * recent high-severity one not acknowledged by Stoke-on-Trent City Council, whose response is
 * overdue with its assignment raised. References and products are illustrative.
 */
const ALERTS: DemoAlert[] = [
  {
    reference: 'CC-4621',
    title: 'Critical authentication bypass in remote access VPN gateways',
    severity: CyberAlertSeverity.HIGH,
    summary:
      'Actively exploited authentication bypass (CVSS 9.8) in SSL VPN gateways. Apply the vendor fix, run the integrity checker and reset credentials held on the appliance.',
    hoursAgo: 9 * 24,
    answers: {
      RJE: {
        ackAfter: 3,
        applicable: true,
        words: 'Two gateways at Royal Stoke run an affected version',
        updates: [
          { after: 30, words: 'Primary gateway patched; integrity check clean' },
          { after: 60, words: 'Secondary gateway patched; appliance credentials reset' },
        ],
        closed: { after: 110, words: 'Both gateways patched, checked and monitored by the SOC' },
      },
      RLY: {
        ackAfter: 20,
        applicable: true,
        words: 'One gateway used by community teams',
        updates: [{ after: 70, words: 'Patched out of hours; no indicators of compromise found' }],
        closed: { after: 140, words: 'Patched and verified' },
      },
      QNC: {
        ackAfter: 5,
        applicable: false,
        words: NOT_IN_USE('The product'),
        closed: { after: 6, words: 'Not applicable' },
      },
      RRE: {
        ackAfter: 8,
        applicable: false,
        words: NOT_IN_USE('The product'),
        closed: { after: 9, words: 'Not applicable' },
      },
      RYA: {
        ackAfter: 26,
        applicable: false,
        words: NOT_IN_USE('The product'),
        closed: { after: 27, words: 'Not applicable' },
      },
      E10000028: {
        ackAfter: 30,
        applicable: true,
        words: 'Remote access for social care staff uses it',
        updates: [{ after: 66, words: 'Patched in the emergency change window' }],
        closed: { after: 96, words: 'Patched; access logs reviewed with the SOC' },
      },
      E06000021: {
        ackAfter: 40,
        applicable: false,
        words: NOT_IN_USE('The product'),
        closed: { after: 41, words: 'Not applicable' },
      },
    },
  },
  {
    reference: 'CC-4638',
    title: 'Remote code execution in a managed file transfer product',
    severity: CyberAlertSeverity.HIGH,
    summary:
      'Unauthenticated remote code execution in a managed file transfer server, exploited by a ransomware group to steal data. Patch, or take internet-facing instances offline.',
    hoursAgo: 60,
    answers: {
      RJE: {
        ackAfter: 2,
        applicable: false,
        words: NOT_IN_USE('The product'),
        closed: { after: 4, words: 'Not applicable' },
      },
      QNC: {
        ackAfter: 4,
        applicable: false,
        words: NOT_IN_USE('The product'),
        closed: { after: 5, words: 'Not applicable' },
      },
      RRE: {
        ackAfter: 6,
        applicable: true,
        words: 'Pathology results exchange runs on it',
        updates: [{ after: 28, words: 'Internet-facing instance taken offline; patch scheduled with the supplier' }],
      },
      RLY: { ackAfter: 12, applicable: false, words: NOT_IN_USE('The product') },
      RYA: {
        ackAfter: 20,
        applicable: true,
        words: 'Used for data exchange with the 111 provider',
        updates: [{ after: 44, words: 'Patched; checking logs back to the first exploitation date' }],
      },
      E10000028: { ackAfter: 30, applicable: true, words: 'One server in the county data centre' },
    },
  },
  {
    reference: 'CC-4644',
    title: 'Multiple vulnerabilities in a widely used web browser',
    severity: CyberAlertSeverity.MEDIUM,
    summary: 'Several memory safety flaws fixed in the latest stable release. Make sure automatic updates are applied.',
    hoursAgo: 30,
    answers: {
      RJE: {
        ackAfter: 3,
        applicable: true,
        words: 'Browser estate on every clinical workstation',
        updates: [{ after: 20, words: 'Update pushed; 87% of devices updated so far' }],
      },
      RRE: { ackAfter: 10 },
    },
  },
];

interface Responder {
  organisationId: string;
  ods: string;
  userId: string;
}

/**
 * Three recent NHS cyber alerts recorded by the ICS SOC for the seven organisations, with the
 * organisations' responses as they happened (imported: rows at their historical times, one
 * audited `cyber_alert.imported` event each), their clocks on the scheduler, and the overdue
 * response of Stoke-on-Trent City Council raised as its assignment (for its Cyber/SOC team).
 * One transaction; idempotent: nothing once the first alert exists.
 */
export const cyberAlertsSeed: SeedSection = {
  name: 'demo cyber alerts',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const [done] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM cyber_alert WHERE reference = $1`, [
      ALERTS[0].reference,
    ]);
    if (done.n > 0) return [];
    // The SOC's analyst, and who answers for each organisation: a responder of its Cyber/SOC (else Digital) team.
    const people = await db.query<Responder[]>(
      `SELECT DISTINCT ON (o.id) o.id AS "organisationId", o.ods_code AS ods, m.user_id AS "userId"
         FROM organisation o JOIN membership m ON m.organisation_id = o.id AND m.role = 'RESPONDER'
         JOIN app_user u ON u.id = m.user_id AND u.active
         LEFT JOIN team t ON t.id = m.team_id
        WHERE o.ods_code = ANY($1)
        ORDER BY o.id, (t.function = 'CYBER_SOC') DESC NULLS LAST, (t.function = 'DIGITAL') DESC NULLS LAST, u.email`,
      [[...ORGANISATIONS, 'QNCSOC']],
    );
    const soc = people.find((p) => p.ods === 'QNCSOC');
    const answering = ORGANISATIONS.map((ods) => people.find((p) => p.ods === ods));
    if (!soc || answering.some((p) => !p)) return [];
    const now = ctx.app.get(Clock).now().getTime();
    const jobs = ctx.app.get(CyberAlertDeadlineJobs);
    const config = ctx.config.cyberAlerts;
    const raised = await ctx.app.get(UnitOfWork).run(
      async (tx) => {
        let overdue = 0;
        for (const alert of ALERTS) {
          const issuedAt = new Date(now - alert.hoursAgo * HOUR_MS);
          const ackDueAt =
            alert.severity === CyberAlertSeverity.HIGH
              ? new Date(issuedAt.getTime() + config.ackHours * HOUR_MS)
              : null;
          const firstUpdateDueAt = new Date(issuedAt.getTime() + config.firstUpdateDays * 24 * HOUR_MS);
          const id = await importAlert(
            tx,
            alert,
            issuedAt,
            { ackDueAt, firstUpdateDueAt },
            soc,
            answering as Responder[],
          );
          await jobs.schedule(tx, { id, severity: alert.severity, issuedAt, ackDueAt, firstUpdateDueAt });
          overdue += await jobs.raiseOverdue(tx, id);
        }
        return overdue;
      },
      { actor: SYSTEM_ACTOR },
    );
    return [
      `  demo cyber alerts: ${ALERTS.length} NHS cyber alerts for ${ORGANISATIONS.length} organisations; ${raised} overdue response raised as an assignment (${OVERDUE_COUNCIL})`,
    ];
  },
};

async function importAlert(
  tx: Transaction,
  alert: DemoAlert,
  issuedAt: Date,
  due: { ackDueAt: Date | null; firstUpdateDueAt: Date },
  soc: Responder,
  answering: Responder[],
): Promise<string> {
  const at = (hours: number) => new Date(issuedAt.getTime() + hours * HOUR_MS);
  const recordedAt = at(1);
  const [{ id }] = await tx.manager.query<{ id: string }[]>(
    `INSERT INTO cyber_alert (reference, title, severity, summary, issued_at, recorded_at, recorded_by, recorded_by_organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [alert.reference, alert.title, alert.severity, alert.summary, issuedAt, recordedAt, soc.userId, soc.organisationId],
  );
  tx.record({
    action: CyberAlertAudit.imported,
    organisationId: soc.organisationId,
    entityType: 'cyber_alert',
    entityId: id,
    summary: `NHS cyber alert ${alert.reference} (${alert.severity}) imported for ${answering.length} organisations`,
    changes: { reference: alert.reference, issuedAt: issuedAt.toISOString(), recordedAt: recordedAt.toISOString() },
  });
  for (const who of answering) {
    const a = alert.answers[who.ods];
    const updates = a?.updates ?? [];
    const state = !a
      ? 'RECEIVED'
      : a.closed
        ? 'CLOSED'
        : a.applicable !== undefined
          ? 'APPLICABILITY_STATED'
          : 'ACKNOWLEDGED';
    const stated = a?.applicable !== undefined ? at(a.ackAfter + 1) : null;
    const [response] = await tx.manager.query<{ id: string }[]>(
      `INSERT INTO cyber_alert_response (alert_id, organisation_id, state, received_at, ack_due_at, first_update_due_at,
         acknowledged_at, acknowledged_by, applicable, applicability_words, applicability_stated_at, applicability_stated_by,
         first_update_at, update_count, closed_at, closed_by, closing_words, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $8, $12, $13, $14, $8, $15, $16) RETURNING id`,
      [
        id,
        who.organisationId,
        state,
        recordedAt,
        due.ackDueAt,
        due.firstUpdateDueAt,
        a ? at(a.ackAfter) : null,
        a ? who.userId : null,
        a?.applicable ?? null,
        a?.words ?? null,
        stated,
        updates.length ? at(updates[0].after) : null,
        updates.length,
        a?.closed ? at(a.closed.after) : null,
        a?.closed?.words ?? null,
        1 + (a ? 1 : 0) + (stated ? 1 : 0) + updates.length + (a?.closed ? 1 : 0),
      ],
    );
    for (const u of updates)
      await tx.manager.query(
        `INSERT INTO cyber_alert_update (response_id, words, recorded_by, recorded_at) VALUES ($1, $2, $3, $4)`,
        [response.id, u.words, who.userId, at(u.after)],
      );
    if (a)
      tx.record({
        action: CyberAlertAudit.imported,
        organisationId: who.organisationId,
        entityType: 'cyber_alert_response',
        entityId: response.id,
        summary: `NHS cyber alert ${alert.reference}: response imported (${state}, acknowledged ${a.ackAfter} h after issue)`,
        changes: { state, acknowledgedAt: at(a.ackAfter).toISOString(), updates: updates.length },
      });
  }
  return id;
}
