import { Role } from '@muster/platform-access';
import { DomainError, ErrorCode } from '@muster/platform-core';
import { IncidentScope, IncidentStatus, IncidentType } from './incident-enums';
import { INCIDENT_TRANSITIONS, IncidentAction, IncidentFacts, IncidentTransitions } from './incident-transitions';

const { REPORTED, STANDBY, DECLARED, CONTAINED, RECOVERING, STOOD_DOWN, CANCELLED, CLOSED } = IncidentStatus;

const facts = (over: Partial<IncidentFacts> = {}): IncidentFacts => ({
  status: REPORTED,
  actorUserId: 'actor',
  actorIsIcbCommander: false,
  actorIsCommander: true,
  type: IncidentType.BUSINESS_CONTINUITY,
  level: 1,
  scope: IncidentScope.ORGANISATION,
  hasMethane: false,
  reason: 'a good reason',
  wasDeclared: true,
  lessonCount: 1,
  objections: [],
  ...over,
});

function refusal(action: IncidentAction, f: IncidentFacts): DomainError | null {
  try {
    IncidentTransitions.plan(action, f);
    return null;
  } catch (error) {
    return error as DomainError;
  }
}

describe('incident transition table', () => {
  it.each([
    ['standby', REPORTED, STANDBY],
    ['declare', REPORTED, DECLARED],
    ['declare', STANDBY, DECLARED],
    ['contain', DECLARED, CONTAINED],
    ['recover', CONTAINED, RECOVERING],
    ['standDown', RECOVERING, STOOD_DOWN],
    ['cancel', REPORTED, CANCELLED],
    ['cancel', STANDBY, CANCELLED],
    ['cancel', DECLARED, CANCELLED],
    ['close', STOOD_DOWN, CLOSED],
    ['close', CANCELLED, CLOSED],
    ['changeLevel', CONTAINED, CONTAINED],
    ['command', REPORTED, REPORTED],
  ] as const)('allows %s from %s to %s', (action, from, to) => {
    expect(IncidentTransitions.plan(action, facts({ status: from }))).toBe(to);
  });

  it('refuses every action from a state not in its row with CONFLICT naming the state', () => {
    for (const t of INCIDENT_TRANSITIONS) {
      for (const status of Object.values(IncidentStatus).filter((s) => !t.from.includes(s))) {
        const error = refusal(t.action, facts({ status }));
        expect([t.action, status, error?.code]).toEqual([t.action, status, ErrorCode.CONFLICT]);
        expect(error?.message).toMatch(/^Cannot .+: the incident is /);
      }
    }
  });

  it('lets nothing leave CLOSED', () => {
    expect(INCIDENT_TRANSITIONS.filter((t) => t.from.includes(CLOSED) && t.to !== null)).toEqual([]);
  });

  it('needs METHANE for a major declaration and an ICB commander for level 2+ or system-wide', () => {
    expect(refusal('declare', facts({ type: IncidentType.MAJOR }))?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(refusal('declare', facts({ type: IncidentType.MAJOR, hasMethane: true }))).toBeNull();
    expect(refusal('declare', facts({ level: 2 }))?.code).toBe(ErrorCode.FORBIDDEN);
    expect(refusal('declare', facts({ scope: IncidentScope.SYSTEM_WIDE }))?.code).toBe(ErrorCode.FORBIDDEN);
    expect(
      refusal('declare', facts({ level: 4, scope: IncidentScope.SYSTEM_WIDE, actorIsIcbCommander: true })),
    ).toBeNull();
    expect(refusal('declare', facts({ actorUserId: null }))?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('stands down by the commander only, while no check objects', () => {
    expect(
      refusal('standDown', facts({ status: RECOVERING, actorIsCommander: false, actorIsIcbCommander: true }))?.code,
    ).toBe(ErrorCode.FORBIDDEN);
    expect(refusal('standDown', facts({ status: RECOVERING, objections: ['3 mandatory actions open'] }))?.message).toBe(
      'Not yet: 3 mandatory actions open',
    );
  });

  it('closes a declared incident only with a lesson and no objection; a cancelled report needs neither command nor lesson', () => {
    expect(refusal('close', facts({ status: STOOD_DOWN, lessonCount: 0 }))?.code).toBe(ErrorCode.CONFLICT);
    expect(
      refusal('close', facts({ status: STOOD_DOWN, objections: ['no IG decision for Trust B'] }))?.message,
    ).toMatch(/IG decision/);
    expect(
      refusal('close', facts({ status: CANCELLED, wasDeclared: false, lessonCount: 0, actorIsCommander: false })),
    ).toBeNull();
  });

  it('cancels only with a reason', () => {
    expect(refusal('cancel', facts({ reason: null }))?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('is taken by incident commanders, but for the record, which responders and leads keep too', () => {
    for (const t of INCIDENT_TRANSITIONS) {
      if (t.action === 'record')
        expect(t.roles).toEqual([Role.INCIDENT_COMMANDER, Role.EPRR_LEAD, Role.IG_OFFICER, Role.RESPONDER]);
      else expect(t.roles).toEqual([Role.INCIDENT_COMMANDER]);
    }
  });
});
