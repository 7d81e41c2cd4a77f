import { describe, expect, it } from 'vitest';
import { mayEdit, runbookActions } from './runbook-actions';
import { validateNewRunbook, validateStep } from './runbook-forms';

const org = 'org-1';
const lead = { id: org, roles: ['EPRR_LEAD' as const] };
const admin = { id: org, roles: ['ORG_ADMIN' as const] };
const responder = { id: org, roles: ['RESPONDER' as const] };

describe('what a runbook page offers', () => {
  it('offers a draft’s editors submission, and nobody else anything', () => {
    const draft = { status: 'DRAFT' as const, organisationId: org };
    expect(runbookActions(draft, lead, 'u1')).toEqual(['SUBMIT']);
    expect(runbookActions(draft, admin, 'u1')).toEqual(['SUBMIT']);
    expect(runbookActions(draft, responder, 'u1')).toEqual([]);
    expect(runbookActions(draft, { ...lead, id: 'other-org' }, 'u1')).toEqual([]);
    expect(mayEdit(draft, lead)).toBe(true);
    expect(mayEdit(draft, responder)).toBe(false);
  });

  it('offers approval to another EPRR lead, never to whoever submitted it (four eyes)', () => {
    const inReview = { status: 'IN_REVIEW' as const, organisationId: org, submittedBy: { id: 'u1' } };
    expect(runbookActions(inReview, lead, 'u1')).toEqual(['RETURN']);
    expect(runbookActions(inReview, lead, 'u2')).toEqual(['APPROVE', 'RETURN']);
    expect(runbookActions(inReview, admin, 'u2')).toEqual(['RETURN']);
    expect(mayEdit(inReview, lead)).toBe(false);
  });

  it('offers a new draft of an approved runbook, nothing for a retired one', () => {
    expect(runbookActions({ status: 'APPROVED', organisationId: org }, lead, 'u1')).toEqual(['REVISE']);
    expect(runbookActions({ status: 'RETIRED', organisationId: org }, lead, 'u1')).toEqual([]);
  });
});

describe('runbook forms', () => {
  it('needs a step title and a whole number of minutes', () => {
    expect(
      validateStep({ title: '', instructions: '', responsibleRole: '', function: '', targetMinutes: '' }).map(
        (p) => p.field,
      ),
    ).toEqual(['step-title']);
    expect(
      validateStep({ title: 'Isolate', instructions: '', responsibleRole: '', function: '', targetMinutes: '1.5' })[0]
        .field,
    ).toBe('step-target');
    expect(
      validateStep({ title: 'Isolate', instructions: '', responsibleRole: '', function: '', targetMinutes: '0' })[0]
        .message,
    ).toMatch(/at least 1/);
    expect(
      validateStep({
        title: 'Isolate',
        instructions: '',
        responsibleRole: 'EPRR_LEAD',
        function: 'EPRR',
        targetMinutes: '30',
      }),
    ).toEqual([]);
  });

  it('needs a runbook title and a category', () => {
    expect(validateNewRunbook({ title: ' ', description: '', categories: [] }).map((p) => p.field)).toEqual([
      'runbook-title',
      'runbook-categories',
    ]);
  });
});
