import { describe, expect, it } from 'vitest';
import { grantableRoles, mayAdminister, mayChangeRole, membershipWords, rolesIn } from './admin-roles';

describe('admin roles', () => {
  it('opens administration to organisation and system administrators only', () => {
    expect(mayAdminister(['ORG_ADMIN'])).toBe(true);
    expect(mayAdminister(['SYSTEM_ADMIN'])).toBe(true);
    expect(mayAdminister(['INCIDENT_COMMANDER', 'AUDITOR', 'VIEWER'])).toBe(false);
    expect(mayAdminister([])).toBe(false);
  });

  it('offers an organisation administrator the organisation’s roles but never the system-wide ones', () => {
    expect(grantableRoles(['ORG_ADMIN'])).toEqual([
      'INCIDENT_COMMANDER',
      'EPRR_LEAD',
      'IG_OFFICER',
      'ORG_ADMIN',
      'RESPONDER',
      'VIEWER',
    ]);
    expect(mayChangeRole(['ORG_ADMIN'], 'AUDITOR')).toBe(false);
    expect(mayChangeRole(['ORG_ADMIN'], 'SYSTEM_ADMIN')).toBe(false);
  });

  it('offers a system administrator every role, and no one a role the person already holds', () => {
    expect(grantableRoles(['SYSTEM_ADMIN'], ['VIEWER', 'AUDITOR'])).toEqual([
      'SYSTEM_ADMIN',
      'INCIDENT_COMMANDER',
      'EPRR_LEAD',
      'IG_OFFICER',
      'ORG_ADMIN',
      'RESPONDER',
    ]);
    expect(grantableRoles(['RESPONDER'])).toEqual([]);
  });

  it('lists a person’s roles in one organisation, strongest first, with their team', () => {
    const here = { id: 'org-1' };
    const memberships = [
      { role: 'VIEWER' as const, organisation: here, team: null },
      { role: 'ORG_ADMIN' as const, organisation: { id: 'org-2' }, team: null },
      { role: 'INCIDENT_COMMANDER' as const, organisation: here, team: { name: 'Digital' } },
    ];
    expect(rolesIn(memberships, 'org-1').map(membershipWords)).toEqual(['Incident commander (Digital)', 'Viewer']);
  });
});
