import { DataSource } from 'typeorm';
import { Principal, Role } from '@muster/platform-access';
import { Clock, SYSTEM_ACTOR } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { Designation } from '@muster/identity';
import {
  EscalationTarget,
  OnCallDuty,
  PagesService,
  PoliciesService,
  RotasService,
  SetRotaLayerInput,
  Weekday,
} from '@muster/oncall';
import { PATHOLOGY_TITLE } from './incidents.seed';
import { SeedSection } from './seed-section';

const DAY_MS = 86_400_000;
const NIGHTS_BUT_SATURDAY = [
  Weekday.MONDAY,
  Weekday.TUESDAY,
  Weekday.WEDNESDAY,
  Weekday.THURSDAY,
  Weekday.FRIDAY,
  Weekday.SUNDAY,
];
/** The trust whose silver rota has nobody on Saturday nights (a readiness gap of its ransomware plan). */
export const UNCOVERED_TRUST = 'RJE';

interface RotaPlan {
  ods: string;
  duty: OnCallDuty;
  name: string;
  /** Demo email local parts, in rota order. */
  people: string[];
  daily?: boolean;
  /** Nights 02:00–09:00 taken by a second layer, on every night but Saturday's. */
  saturdayNightUncovered?: boolean;
}

const TRUSTS = ['RJE', 'RRE', 'RLY', 'RYA'];
const PLANS: RotaPlan[] = [
  {
    ods: 'QNC',
    duty: OnCallDuty.STRATEGIC,
    name: 'ICB director on call (gold)',
    people: ['org.admin', 'incident.commander', 'eprr.lead'],
  },
  ...TRUSTS.flatMap((ods) => [
    {
      ods,
      duty: OnCallDuty.TACTICAL,
      name: 'Silver on-call',
      people: ['incident.commander', 'org.admin'],
      saturdayNightUncovered: ods === UNCOVERED_TRUST,
    },
    { ods, duty: OnCallDuty.OPERATIONAL, name: 'Bronze on-call', people: ['eprr.lead', 'deputy.eprr.lead'] },
  ]),
  {
    ods: 'QNCSOC',
    duty: OnCallDuty.CYBER_SOC,
    name: 'SOC analyst on call',
    people: ['responder', 'incident.commander', 'eprr.lead'],
    daily: true,
  },
  {
    ods: 'E10000028',
    duty: OnCallDuty.EPRR,
    name: 'Emergency planning duty officer',
    people: ['incident.commander', 'org.admin'],
  },
  {
    ods: 'E06000021',
    duty: OnCallDuty.EPRR,
    name: 'Emergency planning duty officer',
    people: ['eprr.lead', 'incident.commander'],
  },
];

/** A person named as the one acting (their id on the records), the trail naming the system (the seed). */
class SeededPerson extends Principal {
  constructor(
    private readonly personId: string,
    organisationId: string,
  ) {
    super(SYSTEM_ACTOR, [{ organisationId, role: Role.INCIDENT_COMMANDER, teamId: null }]);
  }

  override get userId(): string {
    return this.personId;
  }
}

/**
 * Demo on-call: the ICB's gold rota, each trust's silver and bronze, the SOC's analysts and the
 * councils' emergency planning duty officers — weekly handovers on Monday at 09:00 London time
 * (the SOC's daily at 08:00), started four weeks ago — with RJE's silver rota leaving Saturday
 * nights 02:00–09:00 uncovered (a readiness gap of its ransomware plan); escalation policies for
 * the command duties; and, on the live pathology incident, the ICB's gold on-call paged and
 * acknowledging. Through the services as the system (audited); idempotent: nothing is written
 * once the ICB has a rota.
 */
export const oncallSeed: SeedSection = {
  name: 'demo on-call',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const people = await db.query<
      { ods: string; organisationId: string; local: string; userId: string; rotas: number }[]
    >(
      `SELECT o.ods_code AS ods, o.id AS "organisationId", split_part(u.email, '@', 1) AS local, u.id AS "userId",
              (SELECT count(*) FROM oncall_rota r WHERE r.organisation_id = o.id)::int AS rotas
         FROM organisation o JOIN membership m ON m.organisation_id = o.id JOIN app_user u ON u.id = m.user_id AND u.active
        WHERE o.ods_code = ANY($1) AND u.email LIKE '%.demo.muster.nhs.uk'`,
      [[...new Set(PLANS.map((p) => p.ods))]],
    );
    const icb = people.find((p) => p.ods === 'QNC');
    if (!icb || icb.rotas > 0) return [];
    const now = ctx.app.get(Clock).now();
    const startsOn = new Date(now.getTime() - 28 * DAY_MS).toISOString().slice(0, 10);
    const rotas = ctx.app.get(RotasService);
    const policies = ctx.app.get(PoliciesService);
    let made = 0;
    await ctx.app.get(UnitOfWork).run(async () => {
      for (const plan of PLANS) {
        const members = people.filter((p) => p.ods === plan.ods);
        const ids = [
          ...new Set(plan.people.flatMap((local) => members.filter((m) => m.local === local).map((m) => m.userId))),
        ];
        if (members.length === 0 || ids.length === 0) continue;
        const organisationId = members[0].organisationId;
        const rota = await rotas.create(ctx.system, { organisationId, duty: plan.duty, name: plan.name });
        const layer: SetRotaLayerInput = {
          rotaId: rota.id,
          version: rota.version,
          rank: 1,
          name: plan.daily ? 'Daily' : 'Weekly',
          participantIds: ids,
          shiftDays: plan.daily ? 1 : 7,
          handoverWeekday: Weekday.MONDAY,
          handoverTime: plan.daily ? '08:00' : '09:00',
          startsOn,
          ...(plan.saturdayNightUncovered ? { name: 'Days and evenings', coversFrom: '09:00', coversTo: '02:00' } : {}),
        };
        let after = await rotas.setLayer(ctx.system, layer);
        if (plan.saturdayNightUncovered)
          after = await rotas.setLayer(ctx.system, {
            ...layer,
            version: after.version,
            rank: 2,
            name: 'Nights (nobody signed up for Saturday)',
            participantIds: [...ids].reverse(),
            coversFrom: '02:00',
            coversTo: '09:00',
            coversWeekdays: NIGHTS_BUT_SATURDAY,
          });
        made++;
      }
      const level = (target: EscalationTarget, ackTimeoutMinutes: number, designation?: Designation) => ({
        target,
        ackTimeoutMinutes,
        ...(designation ? { designation } : {}),
      });
      await policies.set(ctx.system, {
        organisationId: icb.organisationId,
        duty: OnCallDuty.STRATEGIC,
        levels: [
          level(EscalationTarget.ON_CALL, 10),
          level(EscalationTarget.DESIGNATION, 10, Designation.ACCOUNTABLE_EMERGENCY_OFFICER),
        ],
        repeats: 1,
      });
      for (const ods of TRUSTS) {
        const organisationId = people.find((p) => p.ods === ods)?.organisationId;
        if (!organisationId) continue;
        await policies.set(ctx.system, {
          organisationId,
          duty: OnCallDuty.TACTICAL,
          levels: [
            level(EscalationTarget.ON_CALL, 10),
            level(EscalationTarget.DESIGNATION, 15, Designation.STRATEGIC_ON_CALL),
          ],
        });
      }
    });
    const paged = await pageOnTheLiveIncident(ctx, db, icb.organisationId);
    return [
      `  demo on-call: ${made} rotas (gold at the ICB, silver and bronze at the trusts, SOC analysts; ${UNCOVERED_TRUST} silver uncovered on Saturday nights)${paged ? ', the ICB gold on-call paged and acknowledging on the live incident' : ''}`,
    ];
  },
};

/** The ICB's gold on-call paged on the live pathology incident, and acknowledging. */
async function pageOnTheLiveIncident(
  ctx: Parameters<SeedSection['run']>[0],
  db: DataSource,
  icbId: string,
): Promise<boolean> {
  const [incident] = await db.query<{ id: string }[]>(
    `SELECT i.id FROM incident i WHERE i.lead_organisation_id = $1 AND i.title = $2`,
    [icbId, PATHOLOGY_TITLE],
  );
  if (!incident) return false;
  const pages = ctx.app.get(PagesService);
  const page = await pages.pageOnCall(ctx.system, {
    organisationId: icbId,
    duty: OnCallDuty.STRATEGIC,
    message: 'Pathology results interface down at three trusts: gold needed on the ICC call',
    incidentId: incident.id,
  });
  if (!page.pagedPerson) return false;
  await pages.acknowledge(new SeededPerson(page.pagedPerson.userId, icbId), { pageId: page.id });
  return true;
}
