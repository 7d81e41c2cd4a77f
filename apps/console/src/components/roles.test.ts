import { describe, expect, it } from 'vitest';
import { isCommander, mayReport, rolesByOrganisation, rolesInWords } from './roles';

const org = (id: string, name: string) => ({ id, name, odsCode: id.toUpperCase() });

describe('rolesByOrganisation', () => {
  it('folds grants into one entry per organisation, strongest role first, organisations by name', () => {
    const list = rolesByOrganisation([
      { role: 'RESPONDER', organisation: org('rje', 'University Hospitals') },
      { role: 'VIEWER', organisation: org('qnc', 'ICB') },
      { role: 'INCIDENT_COMMANDER', organisation: org('rje', 'University Hospitals') },
      { role: 'RESPONDER', organisation: org('rje', 'University Hospitals') },
    ]);
    expect(list.map((o) => [o.id, o.roles])).toEqual([
      ['qnc', ['VIEWER']],
      ['rje', ['INCIDENT_COMMANDER', 'RESPONDER']],
    ]);
    expect(mayReport(list[0])).toBe(false);
    expect(mayReport(list[1])).toBe(true);
    expect(isCommander(list[1])).toBe(true);
  });

  it('keeps each organisation’s kind (an ICB’s EPRR lead confirms assessments)', () => {
    const list = rolesByOrganisation([{ role: 'EPRR_LEAD', organisation: { ...org('qnc', 'ICB'), kind: 'ICB' } }]);
    expect(list.map((o) => [o.id, o.kind, o.roles])).toEqual([['qnc', 'ICB', ['EPRR_LEAD']]]);
  });
});

describe('rolesInWords', () => {
  it('names roles strongest first', () => {
    expect(rolesInWords(['RESPONDER', 'IG_OFFICER', 'INCIDENT_COMMANDER'])).toBe(
      'Incident commander, IG officer, Responder',
    );
    expect(rolesInWords([])).toBe('');
  });
});
