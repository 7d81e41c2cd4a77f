import { DataSource } from 'typeorm';
import { Clock } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import {
  CommandRole,
  IncidentEntity,
  IncidentScope,
  IncidentStatus,
  IncidentType,
  SitRepTemplate,
} from '@muster/incidents';
import { TeamFunction } from '@muster/identity';
import { IncidentCategory } from '@muster/runbooks';
import { HistoricIncident, importIncident } from './incident-import';
import { SeedSection } from './seed-section';

const HOUR_MS = 3_600_000;

/** Who holds which membership role where: `<ods>:<ROLE>` → user id (the first one). */
type People = Map<string, string>;

const ORGS = ['QNC', 'RJE', 'RRE', 'RLY', 'E06000021'];
const RANSOMWARE_TITLE = "Ransomware on the acute trust's clinical systems";
/** The live incident's title: the assignments and governance seeds work on it. */
export const PATHOLOGY_TITLE = 'Pathology supplier compromise: LIMS results interface';

/**
 * Demo incidents: a closed ransomware incident at the acute trust (RJE) last spring, with
 * its timeline, METHANE, SitReps, decisions and lessons; and a live system-wide pathology
 * supplier compromise affecting three organisations, declared at level 2 by the ICB's
 * commander, with command roles, decisions and a SitRep overdue. Written as imported
 * history (the services act only at the present time): the rows with their times, and one
 * audited `incident.imported` event per moment, carrying the incident's id, so the
 * timeline tells the story. Idempotent: an incident is found by lead organisation and title.
 */
export const incidentsSeed: SeedSection = {
  name: 'demo incidents',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const uow = ctx.app.get(UnitOfWork);
    const now = ctx.app.get(Clock).now();
    const { orgs, people } = await demoDirectory(db);
    if (ORGS.some((ods) => !orgs.has(ods))) return [];
    const stories = [ransomware(orgs, people, now), pathology(orgs, people, now)];
    let created = 0;
    for (const story of stories) {
      if (
        await db.manager.existsBy(IncidentEntity, {
          leadOrganisationId: story.incident.leadOrganisationId,
          title: story.incident.title,
        })
      )
        continue;
      await uow.run((tx) => importIncident(tx, story));
      created++;
    }
    return created
      ? [
          `  demo incidents: a closed ransomware incident and a live system-wide supplier compromise (${created} created now)`,
        ]
      : [];
  },
};

async function demoDirectory(db: DataSource): Promise<{ orgs: Map<string, string>; people: People }> {
  const rows: { odsCode: string; organisationId: string; role: string; userId: string | null }[] = await db.query(
    `SELECT o.ods_code AS "odsCode", o.id AS "organisationId", m.role,
            (array_agg(m.user_id ORDER BY m.granted_at, m.user_id))[1] AS "userId"
       FROM organisation o LEFT JOIN membership m ON m.organisation_id = o.id
      WHERE o.ods_code = ANY($1) GROUP BY o.ods_code, o.id, m.role`,
    [ORGS],
  );
  const orgs = new Map(rows.map((r) => [r.odsCode, r.organisationId]));
  const people: People = new Map(
    rows.filter((r) => r.userId).map((r) => [`${r.odsCode}:${r.role}`, r.userId as string]),
  );
  return { orgs, people };
}

const person = (people: People, key: string): string => {
  const id = people.get(key);
  if (!id) throw new Error(`The demo directory has no ${key}`);
  return id;
};

function ransomware(orgs: Map<string, string>, people: People, now: Date): HistoricIncident {
  const year = now.getUTCFullYear() - (now.getUTCMonth() < 5 ? 1 : 0);
  const t0 = new Date(Date.UTC(year, 3, 14, 2, 40));
  const at = (hours: number) => new Date(t0.getTime() + hours * HOUR_MS);
  const commander = person(people, 'RJE:INCIDENT_COMMANDER');
  const responder = person(people, 'RJE:RESPONDER');
  const lead = orgs.get('RJE') as string;
  const sitRep = (hours: number, fields: Record<string, string>, template = SitRepTemplate.TACTICAL) => ({
    template,
    fields,
    level: 1,
    submittedBy: commander,
    submittedAt: at(hours),
  });
  return {
    incident: {
      title: RANSOMWARE_TITLE,
      description: 'Encryption of file shares and the PACS archive; EPR taken offline as a precaution.',
      category: IncidentCategory.RANSOMWARE,
      type: IncidentType.CRITICAL,
      level: 1,
      scope: IncidentScope.ORGANISATION,
      status: IncidentStatus.CLOSED,
      leadOrganisationId: lead,
      personalDataInvolved: true,
      reportedBy: responder,
      reportedAt: t0,
      declaredBy: commander,
      declaredAt: at(0.5),
      containedAt: at(20),
      recoveredAt: at(30),
      stoodDownAt: at(24 * 9),
      cancelledAt: null,
      cancellationReason: null,
      closedAt: at(24 * 30),
      // Run by the trust's own incident room: no ICS coordination centre.
      coordinationCentreOpenedAt: null,
      lastSitRepAt: at(48),
    },
    affected: [],
    roles: [
      { role: CommandRole.COMMANDER, userId: commander, startedAt: at(0.5) },
      { role: CommandRole.TECHNICAL_LEAD, userId: responder, startedAt: at(0.6) },
      { role: CommandRole.IG_LEAD, userId: person(people, 'RJE:IG_OFFICER'), startedAt: at(1) },
      { role: CommandRole.EPRR_LEAD, userId: person(people, 'RJE:EPRR_LEAD'), startedAt: at(1) },
    ],
    methane: [
      {
        majorIncidentDeclared: false,
        exactLocation: 'Royal Stoke site: data centre 1, PACS archive, clinical file shares',
        typeOfIncident: 'Ransomware (LockBit variant) encrypting servers',
        hazards: 'Spread to EPR and to connected trusts over the HSCN',
        access: 'Remote access suspended; on-site IT hub only',
        numberOfCasualties: 'No patient harm; radiology reporting and EPR unavailable',
        emergencyServices: 'NHS England CSOC engaged; NCSC informed; Staffordshire Police cyber unit notified',
        submittedBy: commander,
        submittedAt: at(0.5),
      },
    ],
    sitReps: [
      sitRep(4, {
        conditions: 'File shares and PACS encrypted; EPR offline by choice',
        actions: 'Isolated the server VLAN; paper downtime procedures in ED',
        needs: 'CSOC forensic support',
      }),
      sitRep(24, {
        conditions: 'Spread stopped at the VLAN boundary',
        actions: 'Restoring PACS from offline backup',
        needs: 'Radiology reporting mutual aid',
      }),
      sitRep(
        48,
        {
          currentStatus: 'Recovering',
          overview: 'PACS restored; EPR back with a clean rebuild of two servers',
          nextSteps: 'Stand down once backlog cleared',
        },
        SitRepTemplate.EXECUTIVE,
      ),
    ],
    decisions: [
      {
        information: 'CSOC confirms lateral movement from a compromised VPN account',
        riskAssessment: 'EPR at risk of encryption within hours',
        powersAndPolicy: 'Trust business continuity plan; DSPT incident reporting',
        optionsConsidered: 'Keep EPR up with monitoring; take EPR offline',
        decision: 'Take EPR offline and move to paper',
        rationale: 'Protecting patient records outweighs the cost of downtime',
        decidedBy: commander,
        decidedAt: at(1),
        reviewAt: at(7),
        revisitsDecisionId: null,
        recordedBy: commander,
        recordedAt: at(1.1),
      },
    ],
    lessons: [
      {
        whatHappened: 'Backups of the file shares were on the same domain and were encrypted too',
        whatToChange: 'Immutable offline backups tested monthly',
        ownerFunction: TeamFunction.DIGITAL,
        recordedBy: commander,
        recordedAt: at(24 * 20),
      },
      {
        whatHappened: 'Paper downtime packs in ED were out of date',
        whatToChange: 'Review downtime packs every quarter',
        ownerFunction: TeamFunction.EPRR,
        recordedBy: commander,
        recordedAt: at(24 * 20),
      },
    ],
    moments: [
      { at: t0, summary: 'Reported by the SOC: mass file encryption alerts on the clinical file servers' },
      { at: at(0.5), summary: 'Declared a critical incident at level 1; METHANE report submitted; commander in post' },
      { at: at(1), summary: 'Decision: take EPR offline and move to paper downtime procedures' },
      { at: at(4), summary: 'SitRep 1 (tactical)' },
      { at: at(20), summary: 'Contained: spread stopped at the server VLAN boundary' },
      { at: at(24), summary: 'SitRep 2 (tactical)' },
      { at: at(30), summary: 'Recovering: PACS restore from offline backup under way' },
      { at: at(48), summary: 'SitRep 3 (executive)' },
      { at: at(24 * 9), summary: 'Stood down by the commander' },
      { at: at(24 * 20), summary: 'Two lessons identified at the debrief' },
      { at: at(24 * 30), summary: 'Closed' },
    ],
  };
}

function pathology(orgs: Map<string, string>, people: People, now: Date): HistoricIncident {
  const t0 = new Date(now.getTime() - 26 * HOUR_MS);
  const at = (hours: number) => new Date(t0.getTime() + hours * HOUR_MS);
  const icbCommander = person(people, 'QNC:INCIDENT_COMMANDER');
  const lead = orgs.get('QNC') as string;
  return {
    incident: {
      title: PATHOLOGY_TITLE,
      description:
        'The pathology LIMS supplier reports a compromise; results interfaces to the trusts and GP practices suspended.',
      category: IncidentCategory.SUPPLIER_COMPROMISE,
      type: IncidentType.CRITICAL,
      level: 2,
      scope: IncidentScope.SYSTEM_WIDE,
      status: IncidentStatus.DECLARED,
      leadOrganisationId: lead,
      personalDataInvolved: true,
      reportedBy: person(people, 'QNC:RESPONDER'),
      reportedAt: t0,
      declaredBy: icbCommander,
      declaredAt: at(1),
      containedAt: null,
      recoveredAt: null,
      stoodDownAt: null,
      cancelledAt: null,
      cancellationReason: null,
      closedAt: null,
      // The ICB stood up its Incident Coordination Centre when it declared.
      coordinationCentreOpenedAt: at(1),
      // Level 2: every 12 hours; the last came 13 hours ago, so one is overdue.
      lastSitRepAt: new Date(now.getTime() - 13 * HOUR_MS),
    },
    affected: [orgs.get('RJE') as string, orgs.get('RRE') as string, orgs.get('RLY') as string],
    roles: [
      { role: CommandRole.COMMANDER, userId: icbCommander, startedAt: at(1) },
      { role: CommandRole.EPRR_LEAD, userId: person(people, 'QNC:EPRR_LEAD'), startedAt: at(1.2) },
      { role: CommandRole.IG_LEAD, userId: person(people, 'QNC:IG_OFFICER'), startedAt: at(1.2) },
      {
        role: CommandRole.LIAISON,
        userId: person(people, 'RJE:INCIDENT_COMMANDER'),
        organisationId: orgs.get('RJE'),
        startedAt: at(1.5),
      },
      {
        role: CommandRole.LIAISON,
        userId: person(people, 'RRE:INCIDENT_COMMANDER'),
        organisationId: orgs.get('RRE'),
        startedAt: at(1.5),
      },
    ],
    methane: [
      {
        majorIncidentDeclared: false,
        exactLocation: 'Supplier-hosted LIMS; results interfaces to RJE, RRE and RLY',
        typeOfIncident: 'Third-party compromise of the pathology system',
        hazards: 'Tampered or delayed results; onward compromise over the interface',
        access: 'Interfaces suspended; results by phone from the lab',
        numberOfCasualties: 'No known harm; about 4,000 results a day delayed',
        emergencyServices: 'CSOC and NCSC engaged; supplier incident team on call',
        submittedBy: icbCommander,
        submittedAt: at(1),
      },
    ],
    sitReps: [
      {
        template: SitRepTemplate.SBAR,
        level: 2,
        submittedBy: icbCommander,
        submittedAt: new Date(now.getTime() - 13 * HOUR_MS),
        fields: {
          situation: 'Results interfaces suspended at three trusts',
          background: 'Supplier confirmed credential theft on its hosting',
          assessment: 'No evidence of tampered results so far',
          recommendation: "Keep interfaces down until the supplier's forensic report",
        },
      },
    ],
    decisions: [
      {
        information: 'Supplier confirms attacker access to its hosting platform',
        riskAssessment: 'Tampered results could harm patients; delay raises clinical risk',
        powersAndPolicy: 'ICB EPRR plan; supplier contract security schedule',
        optionsConsidered: 'Keep interfaces up with validation; suspend and phone urgent results',
        decision: 'Suspend all results interfaces; phone urgent results',
        rationale: 'Integrity of results outweighs speed until the supplier is clean',
        decidedBy: icbCommander,
        decidedAt: at(1.1),
        reviewAt: new Date(now.getTime() + 6 * HOUR_MS),
        revisitsDecisionId: null,
        recordedBy: icbCommander,
        recordedAt: at(1.2),
      },
    ],
    lessons: [],
    moments: [
      { at: t0, summary: "Reported by the ICB on-call after the supplier's notification" },
      {
        at: at(1),
        summary:
          "Declared a critical, system-wide incident at level 2 by the ICB's commander; METHANE report submitted",
      },
      { at: at(1.1), summary: 'Decision: suspend all results interfaces and phone urgent results' },
      { at: at(1.5), summary: 'Three organisations affected; liaisons of the acute and community trusts assigned' },
      { at: new Date(now.getTime() - 13 * HOUR_MS), summary: 'SitRep 1 (SBAR)' },
    ],
  };
}
