import { DataSource } from 'typeorm';
import { Principal, Role } from '@muster/platform-access';
import { UnitOfWork } from '@muster/platform-database';
import {
  OrganisationKind,
  OrganisationsService,
  PasswordHasher,
  TeamFunction,
  MobileNumbersService,
  TeamsService,
  UsersService,
} from '@muster/identity';
import { SeedContext, SeedSection } from './seed-section';

/** Printed on start in demo mode; demo mode is refused in production (see config). */
export const DEMO_PASSWORD = 'staffs-stoke-demo-2026';
export const DEMO_EMAIL_DOMAIN = 'demo.muster.nhs.uk';

export interface DemoOrganisation {
  odsCode: string;
  /** The organisation part of its people's emails: `ig.officer@rje.demo.muster.nhs.uk`. */
  slug: string;
  name: string;
  kind: OrganisationKind;
  teamNames?: Partial<Record<TeamFunction, string>>;
  /** Roles held here beyond the organisation roles (the ICB's system roles). */
  extraRoles?: Role[];
  /** Deliberate gaps, so readiness has something to find (see DEMO_GAPS). */
  withoutTeams?: TeamFunction[];
  withoutRoles?: Role[];
  deactivatedRoles?: Role[];
  /** A deputy EPRR lead (NHS trusts: the second pair of eyes four-eyes approval needs). */
  deputyEprrLead?: boolean;
}

/**
 * A fictional-but-realistic ICS after Staffordshire and Stoke-on-Trent, with real public
 * ODS codes for the NHS bodies, ONS codes for the councils, and a made-up code for the SOC.
 */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    odsCode: 'QNC',
    slug: 'qnc',
    name: 'NHS Staffordshire and Stoke-on-Trent Integrated Care Board',
    kind: OrganisationKind.ICB,
    extraRoles: [Role.SYSTEM_ADMIN, Role.AUDITOR],
  },
  {
    odsCode: 'RJE',
    slug: 'rje',
    name: 'University Hospitals of North Midlands NHS Trust',
    kind: OrganisationKind.ACUTE_TRUST,
    deputyEprrLead: true,
  },
  {
    odsCode: 'RRE',
    slug: 'rre',
    name: 'Midlands Partnership University NHS Foundation Trust',
    kind: OrganisationKind.COMMUNITY_TRUST,
    deputyEprrLead: true,
  },
  {
    odsCode: 'RLY',
    slug: 'rly',
    name: 'North Staffordshire Combined Healthcare NHS Trust',
    kind: OrganisationKind.MENTAL_HEALTH_TRUST,
    withoutTeams: [TeamFunction.CYBER_SOC],
    deputyEprrLead: true,
  },
  {
    odsCode: 'RYA',
    slug: 'rya',
    name: 'West Midlands Ambulance Service University NHS Foundation Trust',
    kind: OrganisationKind.AMBULANCE_TRUST,
    deputyEprrLead: true,
  },
  {
    odsCode: 'E10000028',
    slug: 'staffordshire',
    name: 'Staffordshire County Council',
    kind: OrganisationKind.LOCAL_AUTHORITY,
    teamNames: { [TeamFunction.CLINICAL]: 'Public Health' },
    deactivatedRoles: [Role.EPRR_LEAD],
  },
  {
    odsCode: 'E06000021',
    slug: 'stoke',
    name: 'Stoke-on-Trent City Council',
    kind: OrganisationKind.LOCAL_AUTHORITY,
    teamNames: { [TeamFunction.CLINICAL]: 'Public Health' },
    withoutRoles: [Role.IG_OFFICER],
  },
  {
    odsCode: 'QNCSOC',
    slug: 'soc',
    name: 'Staffordshire and Stoke-on-Trent ICS Security Operations Centre',
    kind: OrganisationKind.SOC,
    teamNames: { [TeamFunction.CYBER_SOC]: 'Security Operations Centre' },
  },
];

/**
 * The deliberate gaps of the demo ICS, for readiness to find:
 * - Stoke-on-Trent City Council (E06000021) has no IG officer at all;
 * - North Staffordshire Combined Healthcare (RLY) has no Cyber/SOC team: its responder
 *   sits in Digital, and the ICS SOC delivers Cyber/SOC for it (shared-services.seed.ts);
 * - Staffordshire County Council's (E10000028) EPRR lead account is deactivated, so the
 *   role is held by nobody who can act.
 */
export const DEMO_GAPS = [
  'E06000021 has no IG_OFFICER',
  'RLY has no CYBER_SOC team',
  'E10000028 EPRR_LEAD is deactivated',
];

const DEFAULT_TEAM_NAMES: Record<TeamFunction, string> = {
  [TeamFunction.INFORMATION_GOVERNANCE]: 'Information Governance',
  [TeamFunction.EPRR]: 'Emergency Preparedness, Resilience and Response',
  [TeamFunction.DIGITAL]: 'Digital Services',
  [TeamFunction.CYBER_SOC]: 'Cyber Security',
  [TeamFunction.COMMUNICATIONS]: 'Communications',
  [TeamFunction.CLINICAL]: 'Clinical',
  [TeamFunction.EXECUTIVE_ON_CALL]: 'Executive On-call',
};

/**
 * Responders beyond the first (who sits in Cyber/SOC, else Digital): one in each of these
 * teams the organisation has, since the ICS templates give responders steps in each.
 */
const TEAM_RESPONDERS: TeamFunction[] = [TeamFunction.DIGITAL, TeamFunction.CLINICAL, TeamFunction.COMMUNICATIONS];

const TEAM_SLUG: Partial<Record<TeamFunction, string>> = {
  [TeamFunction.DIGITAL]: 'digital',
  [TeamFunction.CLINICAL]: 'clinical',
  [TeamFunction.COMMUNICATIONS]: 'comms',
};

/** The roles every organisation has one person for. */
export const ORGANISATION_ROLES: Role[] = [
  Role.ORG_ADMIN,
  Role.INCIDENT_COMMANDER,
  Role.IG_OFFICER,
  Role.EPRR_LEAD,
  Role.RESPONDER,
  Role.VIEWER,
];

const ROLE_SLUG: Record<Role, string> = {
  [Role.SYSTEM_ADMIN]: 'system.admin',
  [Role.ORG_ADMIN]: 'org.admin',
  [Role.INCIDENT_COMMANDER]: 'incident.commander',
  [Role.IG_OFFICER]: 'ig.officer',
  [Role.EPRR_LEAD]: 'eprr.lead',
  [Role.RESPONDER]: 'responder',
  [Role.VIEWER]: 'viewer',
  [Role.AUDITOR]: 'auditor',
};

/** The team each role sits in: the first of these functions the organisation has a team for. */
const ROLE_TEAMS: Partial<Record<Role, TeamFunction[]>> = {
  [Role.INCIDENT_COMMANDER]: [TeamFunction.EXECUTIVE_ON_CALL],
  [Role.IG_OFFICER]: [TeamFunction.INFORMATION_GOVERNANCE],
  [Role.EPRR_LEAD]: [TeamFunction.EPRR],
  [Role.RESPONDER]: [TeamFunction.CYBER_SOC, TeamFunction.DIGITAL],
  [Role.VIEWER]: [TeamFunction.COMMUNICATIONS],
};

export const demoEmail = (role: Role, slug: string) => `${ROLE_SLUG[role]}@${slug}.${DEMO_EMAIL_DOMAIN}`;

const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Eleanor',
  'Farid',
  'Grace',
  'Harpreet',
  'Imogen',
  'Jonah',
  'Kiran',
  'Lucy',
  'Mo',
];
const SURNAMES = [
  'Okafor',
  'Hughes',
  'Patel',
  'Walsh',
  'Kowalski',
  'Bennett',
  'Shah',
  'Turner',
  'Nguyen',
  'Price',
  'Begum',
];

interface DemoPerson {
  role: Role;
  email: string;
  displayName: string;
  team: TeamFunction | null;
  deactivated: boolean;
}

function peopleOf(org: DemoOrganisation, offset: number): DemoPerson[] {
  const teams = teamFunctionsOf(org);
  const firstResponderTeam = ROLE_TEAMS[Role.RESPONDER]?.find((fn) => teams.includes(fn));
  const extra: DemoPerson[] = [
    ...(org.deputyEprrLead ? [{ role: Role.EPRR_LEAD, local: 'deputy.eprr.lead', team: TeamFunction.EPRR }] : []),
    ...TEAM_RESPONDERS.filter((fn) => teams.includes(fn) && fn !== firstResponderTeam).map((fn) => ({
      role: Role.RESPONDER,
      local: `responder.${TEAM_SLUG[fn]}`,
      team: fn,
    })),
  ].map((p, i) => {
    const n = offset + 20 + i * 3;
    return {
      role: p.role,
      email: `${p.local}@${org.slug}.${DEMO_EMAIL_DOMAIN}`,
      team: p.team,
      deactivated: false,
      displayName: `${FIRST_NAMES[n % FIRST_NAMES.length]} ${SURNAMES[(n * 5 + 3) % SURNAMES.length]}`,
    };
  });
  return [...ORGANISATION_ROLES, ...(org.extraRoles ?? [])]
    .filter((role) => !org.withoutRoles?.includes(role))
    .map((role, i) => {
      const n = offset + i;
      return {
        role,
        email: demoEmail(role, org.slug),
        displayName: `${FIRST_NAMES[n % FIRST_NAMES.length]} ${SURNAMES[(n * 7) % SURNAMES.length]}`,
        team: ROLE_TEAMS[role]?.find((fn) => teams.includes(fn)) ?? null,
        deactivated: org.deactivatedRoles?.includes(role) ?? false,
      };
    })
    .concat(extra);
}

/**
 * Who gives a mobile number for urgent notifications by SMS: those who are called out
 * (commanders, EPRR leads, IG officers, responders). Numbers from Ofcom's range for
 * drama, 07700 900000–900999, which reaches no one: 40 per organisation, by its place in
 * DEMO_ORGANISATIONS and the person's in its list.
 */
const MOBILE_ROLES: readonly Role[] = [Role.INCIDENT_COMMANDER, Role.EPRR_LEAD, Role.IG_OFFICER, Role.RESPONDER];

function demoMobileNumber(org: DemoOrganisation, person: DemoPerson, i: number): string | null {
  if (person.deactivated || !MOBILE_ROLES.includes(person.role)) return null;
  return `07700 900${String(DEMO_ORGANISATIONS.indexOf(org) * 40 + i).padStart(3, '0')}`;
}

const teamFunctionsOf = (org: DemoOrganisation) =>
  Object.values(TeamFunction).filter((fn) => !org.withoutTeams?.includes(fn));

/**
 * Creates, as the SYSTEM actor and through the directory services (so every row is
 * audited), each demo organisation that is not there yet — detected by ODS code, each
 * one in a single transaction so it is never half there.
 */
export const identitySeed: SeedSection = {
  name: 'demo directory',
  demoOnly: true,
  async run(ctx) {
    const present = await ctx.app
      .get(DataSource)
      .query<{ odsCode: string }[]>(`SELECT ods_code AS "odsCode" FROM organisation WHERE ods_code = ANY($1)`, [
        DEMO_ORGANISATIONS.map((o) => o.odsCode),
      ]);
    const existing = new Set(present.map((r) => r.odsCode));
    const missing = DEMO_ORGANISATIONS.filter((o) => !existing.has(o.odsCode));
    const people = new Map(missing.map((org) => [org, peopleOf(org, DEMO_ORGANISATIONS.indexOf(org) * 8)]));
    const hashes = await hashEach([...people.values()].flat().length, ctx.app.get(PasswordHasher));
    for (const [org, members] of people) await seedOrganisation(ctx, org, members, hashes.splice(0, members.length));
    return banner(missing.length);
  },
};

async function seedOrganisation(
  ctx: SeedContext,
  org: DemoOrganisation,
  people: DemoPerson[],
  hashes: string[],
): Promise<void> {
  const [organisations, teams, users, mobiles] = [
    ctx.app.get(OrganisationsService),
    ctx.app.get(TeamsService),
    ctx.app.get(UsersService),
    ctx.app.get(MobileNumbersService),
  ];
  const system: Principal = ctx.system;
  await ctx.app.get(UnitOfWork).run(
    async () => {
      const { id } = await organisations.create(system, { odsCode: org.odsCode, name: org.name, kind: org.kind });
      const teamIds = new Map<TeamFunction, string>();
      for (const fn of teamFunctionsOf(org)) {
        const name = org.teamNames?.[fn] ?? DEFAULT_TEAM_NAMES[fn];
        teamIds.set(fn, (await teams.create(system, { organisationId: id, name, function: fn })).id);
      }
      for (const [i, p] of people.entries()) {
        const teamId = p.team ? teamIds.get(p.team) : undefined;
        const input = { organisationId: id, email: p.email, displayName: p.displayName, role: p.role, teamId };
        const user = await users.create(system, input, { passwordHash: hashes[i] });
        if (p.deactivated) await users.deactivate(system, user.id);
        const mobileNumber = demoMobileNumber(org, p, i);
        if (mobileNumber) await mobiles.set(system, { userId: user.id, mobileNumber });
      }
    },
    { actor: system.actor },
  );
}

/** One hash per person (each with its own salt), a few at a time on libuv's thread pool. */
async function hashEach(count: number, hasher: PasswordHasher, parallel = 4): Promise<string[]> {
  const hashes = new Array<string>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      hashes[i] = await hasher.hash(DEMO_PASSWORD);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  return hashes;
}

function banner(created: number): string[] {
  const slugs = DEMO_ORGANISATIONS.map((o) => o.slug).join(', ');
  const roles = ORGANISATION_ROLES.map((r) => ROLE_SLUG[r]).join(', ');
  return [
    `  demo ICS: ${DEMO_ORGANISATIONS.length} organisations${created ? ` (${created} created now)` : ''};` +
      ` every demo login's password: ${DEMO_PASSWORD}`,
    `    ${demoEmail(Role.SYSTEM_ADMIN, 'qnc')}  (system administrator, at the ICB)`,
    `    ${demoEmail(Role.INCIDENT_COMMANDER, 'qnc')}  (ICS incident commander)`,
    `    ${demoEmail(Role.IG_OFFICER, 'rje')}  (IG officer, acute trust)`,
    `    ${demoEmail(Role.ORG_ADMIN, 'stoke')}  (organisation admin, city council)`,
    `  one user per role per organisation: <role>@<organisation>.${DEMO_EMAIL_DOMAIN}`,
    `    role: ${roles} (and auditor@qnc)`,
    `    organisation: ${slugs}`,
  ];
}
