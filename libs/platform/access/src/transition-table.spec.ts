import { DomainError, ErrorCode } from '@muster/platform-core';
import { Role } from './role';
import { transitionTable } from './transition-table';

type Status = 'OPEN' | 'CLOSED';
const needsReason = (f: { status: Status; reason: string | null }) =>
  f.reason ? null : DomainError.badInput('reason', 'is required');

const incidents = transitionTable<'close' | 'reopen', Status, { status: Status; reason: string | null }>({
  subject: 'incident',
  rows: [
    {
      action: 'close',
      from: ['OPEN'],
      to: 'CLOSED',
      roles: [Role.INCIDENT_COMMANDER],
      requires: [{ rule: 'a reason', check: needsReason }],
      summary: 'close',
    },
    {
      action: 'reopen',
      from: ['CLOSED'],
      to: 'OPEN',
      roles: [Role.INCIDENT_COMMANDER, Role.ORG_ADMIN],
      requires: [],
      summary: 'reopen',
    },
  ],
  wrongStateHints: { OPEN: 'is open', CLOSED: 'is closed' },
});

const refusal = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (error) {
    return error as DomainError;
  }
};

describe('transitionTable', () => {
  it('plans a change: the state to move to, CONFLICT naming the subject in the wrong state, or the failed rule', () => {
    expect(incidents.plan('close', { status: 'OPEN', reason: 'contained' })).toBe('CLOSED');
    expect(refusal(() => incidents.plan('close', { status: 'CLOSED', reason: 'x' }))).toEqual(
      DomainError.conflict('Cannot close: the incident is closed'),
    );
    expect(refusal(() => incidents.plan('close', { status: 'OPEN', reason: null }))?.code).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
  });

  it("gives each action's roles as a copy, so a caller cannot change the table", () => {
    const roles = incidents.rolesFor('reopen');
    roles.push(Role.VIEWER);
    expect(incidents.rolesFor('reopen')).toEqual([Role.INCIDENT_COMMANDER, Role.ORG_ADMIN]);
    expect(incidents.actions).toEqual(['close', 'reopen']);
  });
});
