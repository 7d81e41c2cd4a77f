import { DomainError, ErrorCode } from '@muster/platform-core';
import { AssignmentStatus } from './assignment-enums';
import { AssignmentFacts, AssignmentTransitions } from './assignment-transitions';

const facts = (over: Partial<AssignmentFacts> = {}): AssignmentFacts => ({
  status: AssignmentStatus.OPEN,
  mandatory: false,
  reason: null,
  evidenceCount: 0,
  waitingFor: [],
  actorOwns: true,
  ...over,
});

const refusal = (fn: () => unknown): DomainError | null => {
  try {
    fn();
    return null;
  } catch (error) {
    return error as DomainError;
  }
};

describe('AssignmentTransitions', () => {
  it('walks OPEN → ACKNOWLEDGED → IN_PROGRESS ⇄ BLOCKED → DONE', () => {
    const { OPEN, ACKNOWLEDGED, IN_PROGRESS, BLOCKED, DONE } = AssignmentStatus;
    expect(AssignmentTransitions.plan('acknowledge', facts({ status: OPEN }))).toBe(ACKNOWLEDGED);
    expect(AssignmentTransitions.plan('start', facts({ status: ACKNOWLEDGED }))).toBe(IN_PROGRESS);
    expect(AssignmentTransitions.plan('block', facts({ status: IN_PROGRESS, reason: 'No access' }))).toBe(BLOCKED);
    expect(AssignmentTransitions.plan('unblock', facts({ status: BLOCKED }))).toBe(IN_PROGRESS);
    expect(AssignmentTransitions.plan('complete', facts({ status: IN_PROGRESS }))).toBe(DONE);
  });

  it('refuses the wrong state with a hint, and each rule with its own error', () => {
    expect(refusal(() => AssignmentTransitions.plan('start', facts()))).toEqual(
      DomainError.conflict('Cannot start: the assignment is open and not yet acknowledged'),
    );
    expect(
      refusal(() => AssignmentTransitions.plan('block', facts({ status: AssignmentStatus.IN_PROGRESS })))?.code,
    ).toBe(ErrorCode.BAD_USER_INPUT);
    expect(
      refusal(() =>
        AssignmentTransitions.plan('start', facts({ status: AssignmentStatus.ACKNOWLEDGED, waitingFor: ['Isolate'] })),
      ),
    ).toEqual(DomainError.conflict('Cannot start yet: it waits for "Isolate"'));
    expect(
      refusal(() =>
        AssignmentTransitions.plan('complete', facts({ status: AssignmentStatus.IN_PROGRESS, mandatory: true })),
      )?.code,
    ).toBe(ErrorCode.BAD_USER_INPUT);
    expect(refusal(() => AssignmentTransitions.plan('acknowledge', facts({ actorOwns: false })))?.code).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(refusal(() => AssignmentTransitions.plan('waive', facts()))?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(AssignmentTransitions.plan('waive', facts({ reason: 'Not applicable here' }))).toBe(AssignmentStatus.WAIVED);
    expect(
      refusal(() => AssignmentTransitions.plan('cancel', facts({ status: AssignmentStatus.DONE, reason: 'x y z' }))),
    ).toEqual(DomainError.conflict('Cannot cancel: the assignment is done'));
  });

  it('keeps the state for the actions that change without moving it', () => {
    const { BLOCKED } = AssignmentStatus;
    expect(AssignmentTransitions.plan('reassign', facts({ status: BLOCKED }))).toBe(BLOCKED);
    expect(AssignmentTransitions.plan('changeDue', facts({ status: BLOCKED, reason: 'Supplier delay' }))).toBe(BLOCKED);
  });
});
