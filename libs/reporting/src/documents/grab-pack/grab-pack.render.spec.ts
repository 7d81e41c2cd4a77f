import { Role } from '@muster/platform-access';
import { Designation, TeamFunction } from '@muster/identity';
import { StepClockAnchor } from '@muster/runbooks';
import { duration, enumWords } from '../html';
import { stepByWhen, stepWho } from './grab-pack.render';

describe('grab pack action cards', () => {
  it('names who carries a step out: the designation, or the role within its function', () => {
    expect(stepWho({ designation: Designation.SIRO, function: null, responsibleRole: null })).toBe('SIRO');
    expect(stepWho({ designation: null, function: TeamFunction.CYBER_SOC, responsibleRole: Role.RESPONDER })).toBe(
      'Responder — Cyber/SOC',
    );
    // Versions published before designations carry no designation key.
    expect(
      stepWho({ function: TeamFunction.EPRR, responsibleRole: Role.EPRR_LEAD } as Parameters<typeof stepWho>[0]),
    ).toBe('EPRR lead — EPRR');
  });

  it('says by when, counted from the declaration or from breach awareness', () => {
    expect(stepByWhen({ targetMinutes: null })).toBe('No target time');
    expect(stepByWhen({ targetMinutes: 90 })).toBe('Within 1 h 30 min of the declaration');
    expect(stepByWhen({ targetMinutes: 4320, clockAnchor: StepClockAnchor.BREACH_AWARENESS })).toBe(
      'Within 3 d of awareness of the breach',
    );
  });

  it('writes durations as people say them', () => {
    expect(duration(0)).toBe('0 min');
    expect(duration(45)).toBe('45 min');
    expect(duration(120)).toBe('2 h');
    expect(duration(1500)).toBe('1 d 1 h');
  });
});

describe('enum values in words', () => {
  it('writes them as a sentence, acronyms kept', () => {
    expect(enumWords('INCIDENT_COMMANDER')).toBe('Incident commander');
    expect(enumWords('IT_OUTAGE')).toBe('IT outage');
    expect(enumWords('EPRR_LEAD')).toBe('EPRR lead');
    expect(enumWords(null)).toBe('–');
  });
});
