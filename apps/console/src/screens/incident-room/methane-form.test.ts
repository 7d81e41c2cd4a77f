import { describe, expect, it } from 'vitest';
import { EMPTY_METHANE, methaneFrom, methaneInput, validateMethane } from './methane-form';

const FULL = {
  majorIncidentDeclared: true,
  exactLocation: 'Data centre A',
  typeOfIncident: 'Ransomware',
  hazards: 'Spread to PACS',
  access: 'VPN disabled',
  numberOfCasualties: 'No patients harmed; 3 systems down',
  emergencyServices: 'NCSC and police informed',
};

describe('the METHANE form', () => {
  it('asks for M first, then each part in order', () => {
    const problems = validateMethane(EMPTY_METHANE, 'methane');
    expect(problems[0]).toEqual({
      field: 'methane-majorIncidentDeclared',
      message: 'Select yes if a major incident is declared',
    });
    expect(problems.map((p) => p.field).slice(1)).toEqual([
      'methane-exactLocation',
      'methane-typeOfIncident',
      'methane-hazards',
      'methane-access',
      'methane-numberOfCasualties',
      'methane-emergencyServices',
    ]);
    expect(problems[1].message).toBe('Enter the exact location');
  });

  it('starts a new revision from the latest and sends it back whole', () => {
    const values = methaneFrom({ ...FULL, id: 'm1', revision: 2 });
    expect(values.majorIncidentDeclared).toBe('yes');
    expect(validateMethane(values, 'm')).toEqual([]);
    expect(methaneInput({ ...values, hazards: ' none ' })).toEqual({ ...FULL, hazards: 'none' });
    expect(methaneFrom(null)).toBe(EMPTY_METHANE);
  });
});
