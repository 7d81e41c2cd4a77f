import type { BenchContext } from '../framework';

/**
 * The size of the whole system the generator writes. Every figure is a total, except where
 * the name says "per". Benches ask for the parts they read and leave the rest at zero.
 */
export interface SystemSize {
  organisations: number;
  /** People of each organisation (2,000 users for 200 organisations). */
  usersPerOrganisation: number;
  /** Runbooks of each organisation, and steps of each runbook (the readiness bench's meaning). */
  runbooksPerOrganisation: number;
  stepsPerRunbook: number;
  incidents: number;
  /** Affected organisations and command-role holdings (liaisons among them) over all incidents. */
  participants: number;
  assignments: number;
  /** Audit events over all chains, one chain per organisation: each incident's timeline first, then other work. */
  auditEvents: number;
  /** Of those, the timeline events carrying each incident's id (fewer when an organisation's share runs out). */
  timelineEventsPerIncident: number;
  /** IG threads (with a decision and a notification each) for one declared incident in `igEvery`. */
  igEvery: number;
  /** Notifications: one per incident in `notificationEvery`, each in the inboxes of the lead's commander and EPRR lead. */
  notificationEvery: number;
  /** Days of SOC posture reports per organisation. */
  postureDays: number;
}

/** Issue 20's full size. */
export const FULL_SIZE: SystemSize = {
  organisations: 200,
  usersPerOrganisation: 10,
  runbooksPerOrganisation: 50,
  stepsPerRunbook: 20,
  incidents: 10_000,
  participants: 50_000,
  assignments: 100_000,
  auditEvents: 1_000_000,
  timelineEventsPerIncident: 20,
  igEvery: 4,
  notificationEvery: 1,
  postureDays: 90,
};

/** Nothing but what a bench asks for. */
export const EMPTY_SIZE: SystemSize = {
  organisations: 1,
  usersPerOrganisation: 10,
  runbooksPerOrganisation: 0,
  stepsPerRunbook: 0,
  incidents: 0,
  participants: 0,
  assignments: 0,
  auditEvents: 0,
  timelineEventsPerIncident: 0,
  igEvery: 0,
  notificationEvery: 0,
  postureDays: 0,
};

/**
 * The full size scaled by `--scale` (1 by default; 0.01 is a tiny system), each figure
 * overridable by its own option (`--organisations`, `--incidents`, `--audit-events`, …).
 */
export function sizeFromOptions(ctx: BenchContext): SystemSize {
  const scale = ctx.number('scale', 1);
  const scaled = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  const organisations = ctx.number('organisations', scaled(FULL_SIZE.organisations, 3));
  const incidents = ctx.number('incidents', scaled(FULL_SIZE.incidents, 3));
  return {
    ...FULL_SIZE,
    organisations,
    runbooksPerOrganisation: ctx.number('runbooks', scaled(FULL_SIZE.runbooksPerOrganisation, 2)),
    stepsPerRunbook: ctx.number('steps', FULL_SIZE.stepsPerRunbook),
    incidents,
    participants: ctx.number('participants', incidents * (FULL_SIZE.participants / FULL_SIZE.incidents)),
    assignments: ctx.number('assignments', scaled(FULL_SIZE.assignments, 10)),
    auditEvents: ctx.number('audit-events', scaled(FULL_SIZE.auditEvents, 100)),
  };
}
