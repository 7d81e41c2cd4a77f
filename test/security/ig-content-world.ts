import { randomBytes } from 'node:crypto';
import { TestApp, TestUser } from '@muster/testing';
import { act } from '../incidents/incident-api';
import { createIgWorld, details, igOk, IgWorld, openThread, personalDataIncident } from '../governance/ig-api';

/**
 * A world whose IG decision log carries a unique marker in every content field (rationale,
 * legal basis, consultation notes, data categories, the reason against the suggestion, the
 * reason for a supersession, a notification's reference, details and delay reason) and in
 * two numbers (data subjects, records): content no one but those who may see it must ever
 * receive, through any path.
 */
export interface IgContentWorld {
  w: IgWorld;
  marker: string;
  /** The planted numbers (approximate data subjects and records), as text. */
  numbers: string[];
  incidentId: string;
  incidentReference: string;
  threadId: string;
  /** The superseded decision and the one superseding it. */
  decisionIds: string[];
  notificationId: string;
  /** Who sees the incident but may not see content (docs/ig-decisions.md, "Who sees what"). */
  withoutContent: [string, TestUser][];
  /** Who may see content: the organisation's IG officer, the incident's commander and IG lead, an auditor. */
  withContent: [string, TestUser][];
}

/** The content fields of a decision, each with the marker and its own name (so a leak names its field). */
export function markedDecision(marker: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const base = details();
  return {
    ...base,
    data: {
      ...(base.data as Record<string, unknown>),
      categories: [`${marker}:category`],
      approxDataSubjects: 731_947,
      approxRecords: 813_539,
    },
    rationale: `${marker}:rationale`,
    legalBasis: `${marker}:legalBasis`,
    consultationNotes: `${marker}:consultationNotes`,
    ...over,
  };
}

export async function igContentWorld(t: TestApp): Promise<IgContentWorld> {
  const marker = `IGMARK${randomBytes(6).toString('hex')}`;
  const w = await createIgWorld(t);
  const reported = await personalDataIncident(t, w, 'Pathology results sent to the wrong practice');
  const declared = await act(t, 'declareIncident', { id: reported.id, version: reported.version }, w.commander);
  await act(t, 'assignIncidentRole', { incidentId: declared.id, role: 'IG_LEAD', userId: w.eprrLead.id }, w.commander);
  // Aware 50 hours ago: the 48-hour warning is due, and igDeadlines lists the thread.
  const thread = await openThread(t, w.igOfficer, declared.id, w.trust.id, '2026-11-26T07:00:00Z');
  // Against what the grading suggests (so its reason is content too), then superseded.
  const first = await igOk<{ id: string }>(
    t,
    'recordIgDecision',
    {
      threadId: thread.id,
      type: 'ICO_ART33',
      decision: markedDecision(marker, {
        outcome: 'NOT_REPORTABLE',
        againstSuggestionReason: `${marker}:againstSuggestionReason`,
      }),
    },
    w.igOfficer,
  );
  const second = await igOk<{ id: string }>(
    t,
    'supersedeIgDecision',
    { decisionId: first.id, reason: `${marker}:supersedeReason`, decision: markedDecision(marker) },
    w.igOfficer,
  );
  const notification = await igOk<{ id: string }>(
    t,
    'recordIgNotification',
    {
      threadId: thread.id,
      recipient: 'SENIOR_MANAGEMENT',
      externalReference: `${marker}:externalReference`,
      details: `${marker}:details`,
      delayReason: `${marker}:delayReason`,
    },
    w.igOfficer,
  );
  return {
    w,
    marker,
    numbers: ['731947', '813539'],
    incidentId: declared.id,
    incidentReference: declared.reference,
    threadId: thread.id,
    decisionIds: [first.id, second.id],
    notificationId: notification.id,
    withoutContent: WITHOUT_CONTENT.map(([name, pick]) => [name, pick(w)]),
    withContent: WITH_CONTENT.map(([name, pick]) => [name, pick(w)]),
  };
}

/** Who sees the incident but may not see content (docs/ig-decisions.md, "Who sees what"). */
export const WITHOUT_CONTENT: [string, (w: IgWorld) => TestUser][] = [
  ['a responder of the trust', (w) => w.responder],
  ['a viewer of the trust', (w) => w.viewer],
  ["the trust's organisation admin", (w) => w.orgAdmin],
  ["an incident commander of the trust, not the incident's", (w) => w.secondCommander],
  ["the ICB's incident commander (sees every incident)", (w) => w.icbCommander],
  ["the ICB's EPRR lead", (w) => w.icbEprrLead],
  ["the affected trust's IG officer (another controller)", (w) => w.igOfficer2],
  ["the affected trust's responder", (w) => w.responder2],
];

/** Who may see content: the organisation's IG officer, the incident's commander and IG lead, an auditor. */
export const WITH_CONTENT: [string, (w: IgWorld) => TestUser][] = [
  ["the trust's IG officer", (w) => w.igOfficer],
  ["the incident's commander", (w) => w.commander],
  ["the incident's IG lead", (w) => w.eprrLead],
  ['an auditor', (w) => w.icbAuditor],
];

/** The content fields planted, by name: what the content roles must see somewhere, each. */
export const PLANTED_FIELDS = [
  'category',
  'rationale',
  'legalBasis',
  'consultationNotes',
  'againstSuggestionReason',
  'supersedeReason',
  'externalReference',
  'details',
  'delayReason',
];

/** Which planted content `text` holds: marked fields, and the planted numbers. */
export function leaksIn(world: IgContentWorld, text: string): string[] {
  const fields = [...text.matchAll(new RegExp(`${world.marker}:(\\w+)`, 'g'))].map((m) => m[1]);
  const bare = text.split(world.marker).length - 1 > fields.length ? ['(marker)'] : [];
  // A number stands alone (not inside a hash or an id), written plainly or with thousands separators.
  const numbers = world.numbers.filter((n) =>
    [n, Number(n).toLocaleString('en-GB')].some((form) =>
      new RegExp(`(?<![0-9A-Za-z,])${form}(?![0-9A-Za-z])`).test(text),
    ),
  );
  return [...new Set([...fields, ...bare, ...numbers])];
}
