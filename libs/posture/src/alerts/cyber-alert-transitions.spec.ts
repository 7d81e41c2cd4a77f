import { DomainError, ErrorCode } from '@muster/platform-core';
import { CyberAlertResponseState } from './cyber-alert-enums';
import { CyberAlertResponseAction, CyberAlertResponseTransitions as T } from './cyber-alert-transitions';

const { RECEIVED, ACKNOWLEDGED, APPLICABILITY_STATED, CLOSED } = CyberAlertResponseState;

function refusal(action: CyberAlertResponseAction, status: CyberAlertResponseState, actorUserId: string | null = 'u') {
  try {
    T.plan(action, { status, actorUserId });
    return null;
  } catch (error) {
    return error as DomainError;
  }
}

describe('cyber alert response transition table', () => {
  it.each([
    ['acknowledge', RECEIVED, ACKNOWLEDGED],
    ['stateApplicability', ACKNOWLEDGED, APPLICABILITY_STATED],
    ['stateApplicability', APPLICABILITY_STATED, APPLICABILITY_STATED],
    ['addUpdate', ACKNOWLEDGED, ACKNOWLEDGED],
    ['addUpdate', APPLICABILITY_STATED, APPLICABILITY_STATED],
    ['close', APPLICABILITY_STATED, CLOSED],
  ] as const)('allows %s from %s to %s', (action, from, to) => {
    expect(T.plan(action, { status: from, actorUserId: 'u' })).toBe(to);
  });

  it.each([
    ['acknowledge', ACKNOWLEDGED],
    ['acknowledge', CLOSED],
    ['stateApplicability', RECEIVED],
    ['addUpdate', RECEIVED],
    ['addUpdate', CLOSED],
    ['close', RECEIVED],
    ['close', ACKNOWLEDGED],
    ['close', CLOSED],
  ] as const)('refuses %s from %s as CONFLICT, saying why', (action, from) => {
    const error = refusal(action, from);
    expect(error?.code).toBe(ErrorCode.CONFLICT);
    expect(error?.message).toMatch(/^Cannot .+: the cyber alert response (is|has)/);
  });

  it('is moved by a named person only', () => {
    expect(refusal('acknowledge', RECEIVED, null)?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it("is moved by the organisation's admins, EPRR leads and responders", () => {
    for (const action of T.actions) expect(T.rolesFor(action).sort()).toEqual(['EPRR_LEAD', 'ORG_ADMIN', 'RESPONDER']);
  });
});
