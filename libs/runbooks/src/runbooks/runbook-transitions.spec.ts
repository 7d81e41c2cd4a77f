import { Role } from '@muster/platform-access';
import { DomainError, ErrorCode } from '@muster/platform-core';
import { RunbookStatus } from './runbook-status';
import { planTransition, RUNBOOK_TRANSITIONS, RunbookAction, TransitionFacts } from './runbook-transitions';

const { DRAFT, IN_REVIEW, APPROVED, RETIRED } = RunbookStatus;

const facts = (over: Partial<TransitionFacts> = {}): TransitionFacts => ({
  status: DRAFT,
  stepCount: 3,
  ownerUserId: 'owner',
  submittedBy: null,
  actorUserId: 'actor',
  draftContributors: [],
  ...over,
});

function refusal(action: RunbookAction, f: TransitionFacts): DomainError | null {
  try {
    planTransition(action, f);
    return null;
  } catch (error) {
    return error as DomainError;
  }
}

describe('runbook transition table', () => {
  it.each([
    ['submit', DRAFT, IN_REVIEW],
    ['returnToDraft', IN_REVIEW, DRAFT],
    ['approve', IN_REVIEW, APPROVED],
    ['revise', APPROVED, DRAFT],
    ['retire', DRAFT, RETIRED],
    ['retire', IN_REVIEW, RETIRED],
    ['retire', APPROVED, RETIRED],
    ['markReviewed', APPROVED, APPROVED],
    ['edit', DRAFT, DRAFT],
  ] as const)('allows %s from %s to %s', (action, from, to) => {
    expect(planTransition(action, facts({ status: from, submittedBy: 'someone-else' }))).toBe(to);
  });

  it('refuses every action not in the table with CONFLICT naming what to do instead', () => {
    const statuses = Object.values(RunbookStatus);
    for (const t of RUNBOOK_TRANSITIONS) {
      for (const status of statuses.filter((s) => !t.from.includes(s))) {
        const error = refusal(t.action, facts({ status, submittedBy: 'someone-else' }));
        expect(error?.code).toBe(ErrorCode.CONFLICT);
        expect(error?.message).toMatch(/^Cannot .+: the runbook is /);
      }
    }
    expect(refusal('edit', facts({ status: APPROVED }))?.message).toContain('reviseRunbook');
  });

  it('lets nobody edit or leave a retired runbook', () => {
    const out = RUNBOOK_TRANSITIONS.filter((t) => t.from.includes(RETIRED));
    expect(out).toEqual([]);
  });

  it('refuses approval by the person who submitted (four eyes) with FORBIDDEN', () => {
    const error = refusal('approve', facts({ status: IN_REVIEW, submittedBy: 'actor', actorUserId: 'actor' }));
    expect(error?.code).toBe(ErrorCode.FORBIDDEN);
    expect(error?.message).toMatch(/four eyes/i);
  });

  it('refuses approval by anyone who changed the draft since the last approved version (four eyes), naming why', () => {
    const error = refusal(
      'approve',
      facts({ status: IN_REVIEW, submittedBy: 'submitter', draftContributors: ['author', 'actor'] }),
    );
    expect(error?.code).toBe(ErrorCode.FORBIDDEN);
    expect(error?.message).toMatch(/^Four eyes: you changed this draft since the last approved version/);
    expect(
      refusal('approve', facts({ status: IN_REVIEW, submittedBy: 'submitter', draftContributors: ['author'] })),
    ).toBeNull();
  });

  it('refuses approval without a named person (an API key)', () => {
    expect(refusal('approve', facts({ status: IN_REVIEW, submittedBy: 'x', actorUserId: null }))?.code).toBe(
      ErrorCode.FORBIDDEN,
    );
  });

  it('needs steps and an owner before submission', () => {
    expect(refusal('submit', facts({ stepCount: 0 }))?.message).toMatch(/at least one step/);
    expect(refusal('submit', facts({ ownerUserId: null }))?.message).toMatch(/owner/);
  });

  it('lets only EPRR leads approve, retire and mark reviewed; EPRR leads and organisation admins do the rest', () => {
    const leadsOnly: RunbookAction[] = ['approve', 'retire', 'markReviewed'];
    for (const t of RUNBOOK_TRANSITIONS) {
      expect(t.roles).toEqual(leadsOnly.includes(t.action) ? [Role.EPRR_LEAD] : [Role.EPRR_LEAD, Role.ORG_ADMIN]);
    }
  });

  it('refuses retiring and reviews without a named person (an API key)', () => {
    expect(refusal('retire', facts({ actorUserId: null }))?.message).toBe(
      'Retiring a plan needs a named person, not an API key',
    );
    expect(refusal('markReviewed', facts({ status: APPROVED, actorUserId: null }))?.message).toBe(
      'A review needs a named person, not an API key',
    );
  });
});
