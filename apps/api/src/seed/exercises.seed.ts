import { DataSource } from 'typeorm';
import { Clock } from '@muster/platform-core';
import { AssignmentLifecycleService } from '@muster/assignments';
import {
  ExerciseActionsService,
  ExerciseEntity,
  ExerciseRecordingService,
  ExerciseTheme,
  ExerciseType,
} from '@muster/exercises';
import { Principal } from '@muster/platform-access';
import { CYBER_SIMULATION_ACTIONS, DemoAction } from './data/exercise-actions';
import { SeedSection } from './seed-section';

const DAY_MS = 86_400_000;

interface DemoExercise {
  type: ExerciseType;
  theme: ExerciseTheme;
  title: string;
  scenario: string;
  daysAgo: number;
  organiser: string;
  participants: string[];
  /** Categories whose live runbooks of the organiser and participants it tested. */
  tested: string[];
  findings: { title: string; detail: string; ods?: string }[];
  /** Per finding, the actions raised from it. */
  actions?: DemoAction[][];
}

export const CYBER_SIMULATION = 'ICS cyber crisis simulation';

/**
 * The ICS's exercise programme as the demo tells it: the cyber crisis simulation ten weeks
 * ago (a table-top with the ICB, the acute, community and mental-health trusts and both
 * councils, testing their ransomware plans; eight findings, whose actions the assignments
 * seed raises; the plans it tested were revised and approved since, so their lessons are
 * reviewed in — but for the acute trust's, whose review is overdue), a communications cascade test that Stoke-on-Trent City Council missed (its
 * one exercise-compliance gap), and the command post and live play exercises of the last
 * three years.
 */
const EXERCISES: DemoExercise[] = [
  {
    type: ExerciseType.TABLE_TOP,
    theme: ExerciseTheme.CYBER_AND_DIGITAL,
    title: CYBER_SIMULATION,
    scenario:
      'Friday 17:40: a ransomware group encrypts the shared pathology supplier and moves into the acute trust. ' +
      'By Saturday morning the EPR is offline at UHNM, results interfaces to MPFT and Combined Healthcare fail, ' +
      'and the councils cannot see hospital discharge information. Personal data of patients is on a leak site by Monday.',
    daysAgo: 70,
    organiser: 'QNC',
    participants: ['RJE', 'RRE', 'RLY', 'E10000028', 'E06000021'],
    tested: ['RANSOMWARE'],
    actions: CYBER_SIMULATION_ACTIONS,
    findings: [
      {
        title: 'Out-of-hours contact lists for IG and digital on-call were out of date',
        detail: 'Two of five numbers rang out on Saturday night; the IG on-call at two trusts was not on any list.',
      },
      {
        title: 'Nobody could say who decides on ICO notification when a supplier holds the data',
        detail: 'Each trust is its own data controller; the decision thread per organisation was not understood.',
      },
      {
        title: 'Offline copies of the ransomware plan were not to hand when systems were down',
        detail: 'The plan lived on the intranet that was encrypted first.',
        ods: 'RJE',
      },
      {
        title: "Social care discharge flows were missing from the councils' business impact analysis",
        detail: 'Neither council had mapped its dependency on hospital discharge information.',
        ods: 'E10000028',
      },
      {
        title: 'SitReps were completed differently by each organisation',
        detail: 'The ICB could not add up bed, diagnostics and staffing impacts across five returns.',
      },
      {
        title: 'Restoring the EPR from backup had never been timed',
        detail: 'The recovery time objective in the plan was an estimate nobody had tested.',
        ods: 'RJE',
      },
      {
        title: 'Public and patient communications were drafted late',
        detail: 'Holding lines for GP practices and patients took four hours to agree.',
      },
      {
        title: 'Councils were unsure how to acknowledge cyber alerts from the SOC',
        detail: 'High-severity alerts went to a shared mailbox nobody watched at weekends.',
        ods: 'E06000021',
      },
    ],
  },
  {
    type: ExerciseType.COMMUNICATIONS,
    theme: ExerciseTheme.BUSINESS_CONTINUITY,
    title: 'ICS out-of-hours communications cascade test',
    scenario: 'An unannounced call-out at 02:00: every on-call director and manager to acknowledge within 30 minutes.',
    daysAgo: 63,
    organiser: 'QNC',
    participants: ['RJE', 'RRE', 'RLY', 'RYA', 'E10000028', 'QNCSOC'],
    tested: [],
    findings: [],
  },
  {
    type: ExerciseType.COMMAND_POST,
    theme: ExerciseTheme.ADVERSE_WEATHER,
    title: 'Exercise Cold Front: ICC stand-up under snow',
    scenario: 'Heavy snow over the Staffordshire Moorlands: the Incident Coordination Centre stands up for 48 hours.',
    daysAgo: 420,
    organiser: 'QNC',
    participants: ['RJE', 'RRE', 'RLY', 'RYA', 'E10000028', 'E06000021', 'QNCSOC'],
    tested: [],
    findings: [],
  },
  {
    type: ExerciseType.LIVE_PLAY,
    theme: ExerciseTheme.CASUALTY_AND_MASS_CASUALTY,
    title: 'Exercise Northern Light: mass casualty live play',
    scenario:
      'A coach crash on the A500 with 40 casualties, played live with the ambulance service and the acute trust.',
    daysAgo: 610,
    organiser: 'QNC',
    participants: ['RJE', 'RYA', 'RRE', 'RLY', 'E10000028', 'E06000021', 'QNCSOC'],
    tested: [],
    findings: [],
  },
];

/**
 * Demo exercises, through the exercises service as the system (audited). Idempotent: an
 * exercise is found by organiser and title.
 */
export const exercisesSeed: SeedSection = {
  name: 'demo exercises',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const service = ctx.app.get(ExerciseRecordingService);
    const now = ctx.app.get(Clock).now();
    const orgs = new Map(
      (await db.query<{ id: string; ods: string }[]>(`SELECT id, ods_code AS ods FROM organisation`)).map((o) => [
        o.ods,
        o.id,
      ]),
    );
    let created = 0;
    for (const x of EXERCISES) {
      const organiser = orgs.get(x.organiser);
      const participants = x.participants.map((ods) => orgs.get(ods));
      if (!organiser || participants.some((p) => !p)) continue;
      if (await db.manager.existsBy(ExerciseEntity, { organisingOrganisationId: organiser, title: x.title })) continue;
      const tested = x.tested.length
        ? (
            await db.query<{ id: string }[]>(
              `SELECT id FROM runbook WHERE organisation_id = ANY ($1::uuid[]) AND NOT is_template AND status <> 'RETIRED'
                 AND current_version_id IS NOT NULL AND categories && $2::text[] ORDER BY id`,
              [[organiser, ...participants], x.tested],
            )
          ).map((r) => r.id)
        : [];
      const exercise = await service.record(ctx.system, {
        organisingOrganisationId: organiser,
        type: x.type,
        theme: x.theme,
        title: x.title,
        scenario: x.scenario,
        heldAt: new Date(now.getTime() - x.daysAgo * DAY_MS),
        participantOrganisationIds: participants as string[],
        runbookIds: tested,
      });
      for (const [i, f] of x.findings.entries()) {
        const finding = await service.recordFinding(ctx.system, {
          exerciseId: exercise.id,
          title: f.title,
          detail: f.detail,
          organisationId: f.ods ? orgs.get(f.ods) : undefined,
        });
        const actions = x.actions?.[i] ?? [];
        if (actions.length)
          await raiseActions(
            ctx.app.get(ExerciseActionsService),
            ctx.app.get(AssignmentLifecycleService),
            ctx.system,
            finding.id,
            actions,
            orgs,
            now,
          );
      }
      created++;
    }
    return created
      ? [
          `  demo exercises: the ICS cyber crisis simulation (22 actions) and the exercise programme (${created} created now)`,
        ]
      : [];
  },
};

/** Raises a finding's actions and moves each to where the demo has it (as the system, audited). */
async function raiseActions(
  actions: ExerciseActionsService,
  lifecycle: AssignmentLifecycleService,
  system: Principal,
  findingId: string,
  demo: readonly DemoAction[],
  orgs: ReadonlyMap<string, string>,
  now: Date,
): Promise<void> {
  const raised = await actions.raise(system, {
    findingId,
    actions: demo.map((a) => ({
      organisationId: orgs.get(a.ods) as string,
      title: a.title,
      function: a.function,
      dueAt: new Date(now.getTime() + a.dueInDays * DAY_MS),
    })),
  });
  for (const [i, a] of demo.entries()) {
    if (a.state === 'open' || a.state === 'overdue') continue;
    const { id } = raised[i];
    let { version } = raised[i];
    ({ version } = await lifecycle.acknowledge(system, { id, version }));
    ({ version } = await lifecycle.start(system, { id, version }));
    if (a.state === 'done') await lifecycle.complete(system, { id, version, evidence: { text: a.words as string } });
    if (a.state === 'blocked') await lifecycle.block(system, { id, version, reason: a.words as string });
  }
}
