import { AssignmentStatus } from '@muster/assignments';
import { TeamFunction } from '@muster/identity';
import { ExerciseActionTracker } from './exercise-tracker.types';

/** One group of an exercise's actions, as the store counts them. */
export interface ActionGroupRow {
  exerciseId: string;
  status: AssignmentStatus;
  function: TeamFunction;
  organisationId: string;
  organisationName: string;
  total: number;
  overdue: number;
  oldestOpenSince: Date | null;
}

const CLOSED: readonly AssignmentStatus[] = [
  AssignmentStatus.DONE,
  AssignmentStatus.WAIVED,
  AssignmentStatus.CANCELLED,
];
const percent = (part: number, total: number): number | null =>
  total === 0 ? null : Math.round((part / total) * 1000) / 10;

/** The tracker of one exercise from its action groups (pure). */
export function trackerOf(groups: readonly ActionGroupRow[]): ExerciseActionTracker {
  const byStatus = new Map<AssignmentStatus, number>();
  const byFunction = new Map<TeamFunction, { total: number; closed: number; overdue: number }>();
  const byOrganisation = new Map<string, { name: string; total: number; closed: number; overdue: number }>();
  let total = 0;
  let closed = 0;
  let overdue = 0;
  let oldest: Date | null = null;
  for (const g of groups) {
    const isClosed = CLOSED.includes(g.status);
    total += g.total;
    closed += isClosed ? g.total : 0;
    overdue += g.overdue;
    if (g.oldestOpenSince && (!oldest || g.oldestOpenSince < oldest)) oldest = g.oldestOpenSince;
    byStatus.set(g.status, (byStatus.get(g.status) ?? 0) + g.total);
    const f = byFunction.get(g.function) ?? { total: 0, closed: 0, overdue: 0 };
    byFunction.set(g.function, {
      total: f.total + g.total,
      closed: f.closed + (isClosed ? g.total : 0),
      overdue: f.overdue + g.overdue,
    });
    const o = byOrganisation.get(g.organisationId) ?? { name: g.organisationName, total: 0, closed: 0, overdue: 0 };
    byOrganisation.set(g.organisationId, {
      name: o.name,
      total: o.total + g.total,
      closed: o.closed + (isClosed ? g.total : 0),
      overdue: o.overdue + g.overdue,
    });
  }
  return {
    total,
    closed,
    overdue,
    closedPercent: percent(closed, total),
    overduePercent: percent(overdue, total),
    oldestOpenSince: oldest,
    byStatus: Object.values(AssignmentStatus)
      .filter((s) => byStatus.has(s))
      .map((status) => ({ status, count: byStatus.get(status) as number })),
    byFunction: Object.values(TeamFunction)
      .filter((f) => byFunction.has(f))
      .map((fn) => ({ function: fn, ...(byFunction.get(fn) as { total: number; closed: number; overdue: number }) })),
    byOrganisation: [...byOrganisation.entries()]
      .map(([organisationId, o]) => ({
        organisationId,
        organisationName: o.name,
        total: o.total,
        closed: o.closed,
        overdue: o.overdue,
      }))
      .sort((a, b) => a.organisationName.localeCompare(b.organisationName)),
  };
}
