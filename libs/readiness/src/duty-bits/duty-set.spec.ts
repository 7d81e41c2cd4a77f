import { Role } from '@muster/platform-access';
import { Designation, TeamFunction } from '@muster/identity';
import {
  countOf,
  DUTY_DESIGNATIONS,
  DUTY_FUNCTIONS,
  DUTY_ROLES,
  dutiesOf,
  dutyBit,
  NO_DUTIES,
  roleBits,
  union,
  without,
} from './duty-set';

describe('duty bits', () => {
  const every = DUTY_ROLES.flatMap((role) => DUTY_FUNCTIONS.map((fn) => ({ role, function: fn })));

  it('covers every role and function, each duty its own bit', () => {
    expect([...DUTY_ROLES].sort()).toEqual(Object.values(Role).sort());
    expect([...DUTY_FUNCTIONS].sort()).toEqual(Object.values(TeamFunction).sort());
    const all = every.map(dutyBit).reduce(union, NO_DUTIES);
    expect(countOf(all)).toBe(56);
    expect(dutiesOf(all)).toEqual(every);
  });

  it('gives each designation its own bit after the role duties: 63 in all', () => {
    expect([...DUTY_DESIGNATIONS].sort()).toEqual(Object.values(Designation).sort());
    const designations = DUTY_DESIGNATIONS.map((designation) => ({ designation }));
    const all = [...every, ...designations].map(dutyBit).reduce(union, NO_DUTIES);
    expect(countOf(all)).toBe(63);
    expect(dutiesOf(all)).toEqual([...every, ...designations]);
    expect(dutiesOf(without(all, roleBits(Role.AUDITOR))).slice(-7)).toEqual(designations);
  });

  it('reads back each duty, across both halves', () => {
    for (const duty of every) expect(dutiesOf(dutyBit(duty))).toEqual([duty]);
  });

  it('takes away what is held', () => {
    const needed = union(dutyBit({ role: Role.AUDITOR, function: TeamFunction.CLINICAL }), roleBits(Role.ORG_ADMIN));
    const left = without(needed, roleBits(Role.ORG_ADMIN));
    expect(dutiesOf(left)).toEqual([{ role: Role.AUDITOR, function: TeamFunction.CLINICAL }]);
  });
});
