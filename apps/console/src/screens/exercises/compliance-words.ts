import type { OrganisationExerciseComplianceQuery } from '../../generated/graphql';
import { londonDate } from './exercise-words';

type Compliance = OrganisationExerciseComplianceQuery['exerciseCompliance'];
type TypeCompliance = Compliance['types'][number];

const every = (months: number): string =>
  months % 12 === 0 ? (months === 12 ? 'every year' : `every ${months / 12} years`) : `every ${months} months`;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function lastWords(t: TypeCompliance): string {
  if (!t.last) return '';
  const what = t.last.kind === 'INCIDENT' ? `the incident ${t.last.title}` : `‘${t.last.title}’`;
  return `last ${what} on ${londonDate(t.last.at)}`;
}

/** One exercise type's standing in a sentence: what is missing or overdue, or when the next is due. */
export function typeComplianceWords(t: TypeCompliance): string {
  const words = capital(t.words);
  if (t.status === 'OVERDUE') {
    if (!t.last) return `${words} never recorded: one is due now (${every(t.intervalMonths)})`;
    const since = t.nextDueAt ? ` since ${londonDate(t.nextDueAt)}` : '';
    return `${words} overdue${since} (${lastWords(t)}; ${every(t.intervalMonths)})`;
  }
  const next = t.nextDueAt ? `next due by ${londonDate(t.nextDueAt)}` : 'in date';
  return `${words} in date: ${next} (${lastWords(t) || every(t.intervalMonths)})`;
}

/** An organisation's exercise compliance: the overdue or missing types first, then the rest. */
export function complianceSummary(c: Compliance): { headline: string; overdue: string[]; inDate: string[] } {
  const overdue = c.types.filter((t) => t.status === 'OVERDUE');
  const inDate = c.types.filter((t) => t.status !== 'OVERDUE');
  const headline = overdue.length
    ? `${overdue.length} of ${c.types.length} exercise types overdue or never recorded`
    : `All ${c.types.length} exercise types in date`;
  return { headline, overdue: overdue.map(typeComplianceWords), inDate: inDate.map(typeComplianceWords) };
}

/**
 * Whose compliance the list shows: every organisation for the system-wide roles and an ICB's
 * EPRR lead (who assures every organisation's exercising), otherwise the person's own.
 */
export function complianceOrganisations(
  grants: readonly { role: string; organisation: { id: string; name: string } }[],
  all: readonly { id: string; name: string; kind: string }[] | null,
): { id: string; name: string }[] {
  const kindOf = new Map((all ?? []).map((o) => [o.id, o.kind]));
  const seesAll = grants.some(
    (g) =>
      g.role === 'SYSTEM_ADMIN' ||
      g.role === 'AUDITOR' ||
      (g.role === 'EPRR_LEAD' && kindOf.get(g.organisation.id) === 'ICB'),
  );
  const list = seesAll && all ? all : grants.map((g) => g.organisation);
  const byId = new Map(list.map((o) => [o.id, { id: o.id, name: o.name }]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
