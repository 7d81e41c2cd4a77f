import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createOrganisation, createTeam, createUser, TestApp, TestOrg, TestUser } from '@muster/testing';

/**
 * The mutations of the reliability suite: ten kinds from five domains, each as a real
 * caller sends it (the roles of the incident, assignment, runbook, IG and directory
 * suites), with the state a client keeps of what it made so the next mutation can act on it.
 */
export async function createMixWorld(t: TestApp) {
  const trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST });
  const eprr = await createTeam(t, trust.id, TeamFunction.EPRR, 'EPRR');
  // Nobody in it: an assignment to it alone tells nobody (the worker-kill suite's job).
  const digital = await createTeam(t, trust.id, TeamFunction.DIGITAL, 'Digital');
  // One after another: logins share a throttle per client address.
  const as = (role: Role, teamId?: string) => createUser(t, [{ organisationId: trust.id, role, teamId }]);
  return {
    trust,
    eprr,
    digital,
    responder: await as(Role.RESPONDER, eprr.id),
    commander: await as(Role.INCIDENT_COMMANDER),
    eprrLead: await as(Role.EPRR_LEAD, eprr.id),
    igOfficer: await as(Role.IG_OFFICER),
    orgAdmin: await as(Role.ORG_ADMIN),
  };
}

export type MixWorld = Awaited<ReturnType<typeof createMixWorld>> & { trust: TestOrg };

/** What one client made and how it stands, as far as it knows (its entities are its own). */
export interface ClientState {
  incidents: { id: string; version: number; status: string; personal: boolean; threadId?: string; decided?: boolean }[];
  assignments: { id: string; version: number; status: string }[];
  runbooks: { id: string; version: number; description: string | null }[];
}

export const KINDS = [
  'reportIncident',
  'declareIncident',
  'addTimelineEntry',
  'createAssignment',
  'acknowledgeAssignment',
  'createRunbook',
  'updateRunbookDraft',
  'openIgThread',
  'recordIgDecision',
  'createTeam',
] as const;
export type Kind = (typeof KINDS)[number];

/** One mutation to send: who sends it, the operation, and what to remember once it is acknowledged. */
export interface Planned {
  kind: Kind;
  who: TestUser;
  query: string;
  input: Record<string, unknown>;
  /** The entity it changes (an update) — or null for a creation, whose id the answer tells. */
  target: string | null;
  /** Applies the acknowledged answer to the client's state; returns the entity it made or changed. */
  acknowledged(data: Record<string, Record<string, unknown>>): string;
}

const m = (name: string, input: string, fields: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { ${fields} } }`;

const Q = {
  reportIncident: m('reportIncident', 'ReportIncidentInput', 'id version status'),
  declareIncident: m('declareIncident', 'DeclareIncidentInput', 'id version status'),
  addTimelineEntry: m('addTimelineEntry', 'AddTimelineEntryInput', 'id entryId'),
  createAssignment: m('createAssignment', 'CreateAssignmentInput', 'id version status'),
  acknowledgeAssignment: m('acknowledgeAssignment', 'AssignmentNoteInput', 'id version status'),
  createRunbook: m('createRunbook', 'CreateRunbookInput', 'id version'),
  updateRunbookDraft: m('updateRunbookDraft', 'UpdateRunbookDraftInput', 'id version'),
  openIgThread: m('openIgThread', 'OpenIgThreadInput', 'id'),
  recordIgDecision: m('recordIgDecision', 'RecordIgDecisionInput', 'id'),
  createTeam: m('createTeam', 'CreateTeamInput', 'id'),
};

type Rng = () => number;
const pick = <T>(rng: Rng, items: T[]): T | undefined => items[Math.floor(rng() * items.length)];

/**
 * The next mutation of a client: a kind drawn at random among those its state allows,
 * its text carrying `marker` (unique to the request) wherever the kind stores text.
 */
export function planNext(w: MixWorld, s: ClientState, rng: Rng, marker: string, awarenessAt: string): Planned {
  const reported = s.incidents.filter((i) => i.status === 'REPORTED');
  const withoutThread = s.incidents.filter((i) => i.personal && !i.threadId);
  // One current decision of a type per thread: each thread gets one.
  const withThread = s.incidents.filter((i) => i.threadId && !i.decided);
  const open = s.assignments.filter((a) => a.status === 'OPEN');
  const possible = KINDS.filter((k) => {
    if (k === 'declareIncident') return reported.length > 0;
    if (k === 'addTimelineEntry') return s.incidents.length > 0;
    if (k === 'acknowledgeAssignment') return open.length > 0;
    if (k === 'updateRunbookDraft') return s.runbooks.length > 0;
    if (k === 'openIgThread') return withoutThread.length > 0;
    if (k === 'recordIgDecision') return withThread.length > 0;
    return true;
  });
  const kind = pick(rng, possible) as Kind;
  const plan = (
    who: TestUser,
    input: Record<string, unknown>,
    target: string | null,
    acknowledged: Planned['acknowledged'],
  ): Planned => ({ kind, who, query: Q[kind], input, target, acknowledged });
  const row = (data: Record<string, Record<string, unknown>>) => data[kind];

  switch (kind) {
    case 'reportIncident': {
      const personal = rng() < 0.5;
      const input = {
        organisationId: w.trust.id,
        title: marker,
        category: personal ? 'DATA_BREACH' : 'RANSOMWARE',
        personalDataInvolved: personal,
      };
      return plan(w.responder, input, null, (data) => {
        const r = row(data);
        s.incidents.push({ id: String(r.id), version: Number(r.version), status: String(r.status), personal });
        return String(r.id);
      });
    }
    case 'declareIncident': {
      const i = pick(rng, reported) as ClientState['incidents'][number];
      return plan(w.commander, { id: i.id, version: i.version }, i.id, (data) => {
        Object.assign(i, { version: Number(row(data).version), status: String(row(data).status) });
        return i.id;
      });
    }
    case 'addTimelineEntry': {
      const i = pick(rng, s.incidents) as ClientState['incidents'][number];
      return plan(w.responder, { incidentId: i.id, text: marker }, i.id, (data) => String(row(data).entryId));
    }
    case 'createAssignment': {
      const input = {
        organisationId: w.trust.id,
        teamId: w.eprr.id,
        assigneeId: w.responder.id,
        title: marker,
        function: 'EPRR',
      };
      return plan(w.eprrLead, input, null, (data) => {
        const r = row(data);
        s.assignments.push({ id: String(r.id), version: Number(r.version), status: String(r.status) });
        return String(r.id);
      });
    }
    case 'acknowledgeAssignment': {
      const a = pick(rng, open) as ClientState['assignments'][number];
      return plan(w.responder, { id: a.id, version: a.version, note: marker }, a.id, (data) => {
        Object.assign(a, { version: Number(row(data).version), status: String(row(data).status) });
        return a.id;
      });
    }
    case 'createRunbook': {
      const input = { organisationId: w.trust.id, title: marker, categories: ['RANSOMWARE'] };
      return plan(w.eprrLead, input, null, (data) => {
        const r = row(data);
        s.runbooks.push({ id: String(r.id), version: Number(r.version), description: null });
        return String(r.id);
      });
    }
    case 'updateRunbookDraft': {
      const r = pick(rng, s.runbooks) as ClientState['runbooks'][number];
      return plan(w.eprrLead, { id: r.id, version: r.version, description: marker }, r.id, (data) => {
        Object.assign(r, { version: Number(row(data).version), description: marker });
        return r.id;
      });
    }
    case 'openIgThread': {
      const i = pick(rng, withoutThread) as ClientState['incidents'][number];
      const input = { incidentId: i.id, organisationId: w.trust.id, awarenessAt };
      return plan(w.igOfficer, input, i.id, (data) => {
        i.threadId = String(row(data).id);
        return i.threadId;
      });
    }
    case 'recordIgDecision': {
      const i = pick(rng, withThread) as ClientState['incidents'][number];
      const input = { threadId: i.threadId, type: 'OTHER', decision: decision(marker) };
      return plan(w.igOfficer, input, i.threadId as string, (data) => {
        i.decided = true;
        return String(row(data).id);
      });
    }
    case 'createTeam':
      return plan(w.orgAdmin, { organisationId: w.trust.id, function: 'DIGITAL', name: marker }, null, (data) =>
        String(row(data).id),
      );
  }
}

function decision(marker: string): Record<string, unknown> {
  return {
    outcome: 'NOT_REPORTABLE',
    data: {
      categories: ['contact details'],
      specialCategory: false,
      childrenOrVulnerable: false,
      approxDataSubjects: 1,
      approxRecords: 1,
    },
    likelihood: 1,
    severity: 1,
    rationale: marker,
    legalBasis: 'UK GDPR Art. 33(1)',
    consulted: ['SIRO'],
  };
}
