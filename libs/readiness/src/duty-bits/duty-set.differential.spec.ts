import fc from 'fast-check';
import { Role } from '@muster/platform-access';
import { Designation, TeamFunction } from '@muster/identity';
import { HolderFacts } from '../rules/readiness.facts';
import { heldDuties } from '../rules/readiness.rules';
import {
  countOf,
  dutiesOf,
  Duty,
  dutyBit,
  DUTY_DESIGNATIONS,
  DUTY_FUNCTIONS,
  DUTY_ROLES,
  dutyKey,
  DutySet,
  isEmpty,
  NO_DUTIES,
  union,
  without,
} from './duty-set';

// The plain way, the executable specification of the bits: sets of `role:function` keys
// and designations, in the order roles and functions are declared, designations last.
const ORDER = [...DUTY_ROLES.flatMap((role) => DUTY_FUNCTIONS.map((fn) => `${role}:${fn}`)), ...DUTY_DESIGNATIONS];
const inOrder = (keys: Iterable<string>): string[] => ORDER.filter((k) => new Set(keys).has(k));
const plainHeld = (holders: readonly HolderFacts[]): Set<string> =>
  new Set(
    holders.flatMap((h) => {
      if (h.designation) return [h.designation];
      return h.function ? [`${h.role}:${h.function}`] : Object.values(TeamFunction).map((fn) => `${h.role}:${fn}`);
    }),
  );

const duty: fc.Arbitrary<Duty> = fc.oneof(
  fc.record({
    role: fc.constantFrom(...Object.values(Role)),
    function: fc.constantFrom(...Object.values(TeamFunction)),
  }),
  fc.record({ designation: fc.constantFrom(...Object.values(Designation)) }),
);
const duties = fc.array(duty, { maxLength: 60 });
const holders: fc.Arbitrary<HolderFacts[]> = fc.array(
  fc.oneof(
    fc.record({
      organisationId: fc.constant('o'),
      role: fc.constantFrom(...Object.values(Role)),
      function: fc.option(fc.constantFrom(...Object.values(TeamFunction)), { nil: null }),
    }),
    fc.record({
      organisationId: fc.constant('o'),
      role: fc.constant(null),
      function: fc.constant(null),
      designation: fc.constantFrom(...Object.values(Designation)),
    }),
  ),
  { maxLength: 12 },
);
const bitsOf = (ds: Duty[]): DutySet => ds.map(dutyBit).reduce(union, NO_DUTIES);
const keysOf = (ds: Duty[]): string[] => ds.map(dutyKey);

describe('duty bits against plain sets of duties', () => {
  it('read back every duty once, in the order of roles then functions', () => {
    fc.assert(fc.property(duties, (ds) => expect(dutiesOf(bitsOf(ds)).map(dutyKey)).toEqual(inOrder(keysOf(ds)))));
  });

  it('unite, take away, count and test for nothing as sets do', () => {
    fc.assert(
      fc.property(duties, duties, (a, b) => {
        const [bitsA, bitsB] = [bitsOf(a), bitsOf(b)];
        const left = new Set(keysOf(a).filter((k) => !new Set(keysOf(b)).has(k)));
        expect(dutiesOf(union(bitsA, bitsB)).map(dutyKey)).toEqual(inOrder([...keysOf(a), ...keysOf(b)]));
        expect(dutiesOf(without(bitsA, bitsB)).map(dutyKey)).toEqual(inOrder(left));
        expect(countOf(without(bitsA, bitsB))).toBe(left.size);
        expect(isEmpty(without(bitsA, bitsB))).toBe(left.size === 0);
      }),
    );
  });

  it('cover what people hold: their team’s function, or every function when they are in no team', () => {
    fc.assert(
      fc.property(holders, duties, (people, needed) => {
        const held = plainHeld(people);
        expect(dutiesOf(heldDuties(people)).map(dutyKey)).toEqual(inOrder(held));
        expect(dutiesOf(without(bitsOf(needed), heldDuties(people))).map(dutyKey)).toEqual(
          inOrder(keysOf(needed).filter((k) => !held.has(k))),
        );
      }),
    );
  });
});
