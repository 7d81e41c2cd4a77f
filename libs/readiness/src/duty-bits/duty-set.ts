import { Role } from '@muster/platform-access';
import { Designation, TeamFunction } from '@muster/identity';

/**
 * Duties as bits: what a runbook needs (its steps' role × function, or designation) and
 * what an organisation's people cover, compared for thousands of runbooks per request
 * (README.md says why, and what they must equal). The orders are those of the SQL
 * functions readiness_duty_bit (migration 1764316800600) and readiness_designation_bit
 * (1764316801230), which cannot import them: bit = role index × 7 + function index for
 * the 56 role duties, 56 + designation index for the 7 designations: 63 bits, kept here as
 * two 28-bit halves and a 7-bit field (JavaScript bit operations are 32-bit, and BigInt is
 * slow). test/readiness/readiness-statements.spec.ts checks that the database and these
 * lists agree on every bit.
 */
export const DUTY_ROLES: readonly Role[] = [
  Role.SYSTEM_ADMIN,
  Role.ORG_ADMIN,
  Role.INCIDENT_COMMANDER,
  Role.IG_OFFICER,
  Role.EPRR_LEAD,
  Role.RESPONDER,
  Role.VIEWER,
  Role.AUDITOR,
];

export const DUTY_FUNCTIONS: readonly TeamFunction[] = [
  TeamFunction.INFORMATION_GOVERNANCE,
  TeamFunction.EPRR,
  TeamFunction.DIGITAL,
  TeamFunction.CYBER_SOC,
  TeamFunction.COMMUNICATIONS,
  TeamFunction.CLINICAL,
  TeamFunction.EXECUTIVE_ON_CALL,
];

export const DUTY_DESIGNATIONS: readonly Designation[] = [
  Designation.ACCOUNTABLE_EMERGENCY_OFFICER,
  Designation.SIRO,
  Designation.CALDICOTT_GUARDIAN,
  Designation.DATA_PROTECTION_OFFICER,
  Designation.STRATEGIC_ON_CALL,
  Designation.TACTICAL_ON_CALL,
  Designation.OPERATIONAL_ON_CALL,
];

/** A responsible role for one function: what a step needs someone to be. */
export interface RoleDuty {
  role: Role;
  function: TeamFunction;
  designation?: undefined;
}

/** A designation (SIRO, gold on-call…): what a step naming one needs someone to hold. */
export interface DesignationDuty {
  designation: Designation;
  role?: undefined;
  function?: undefined;
}

export type Duty = RoleDuty | DesignationDuty;

/** `ROLE:FUNCTION` for a role duty, the designation itself for a designation. */
export const dutyKey = (duty: Duty): string => duty.designation ?? `${duty.role}:${duty.function}`;

export function dutyOfKey(key: string): Duty {
  if (!key.includes(':')) return { designation: key as Designation };
  const [role, fn] = key.split(':');
  return { role: role as Role, function: fn as TeamFunction };
}

/** Bits 0–27 in `lo` (the first four roles), 28–55 in `hi`, the designations' 56–62 in `des` (bit 0 = 56). */
export interface DutySet {
  lo: number;
  hi: number;
  des: number;
}

export const HALF_BITS = 28;
const WIDTH = DUTY_FUNCTIONS.length;
const ROLE_INDEX = new Map(DUTY_ROLES.map((r, i) => [r, i]));
const FUNCTION_INDEX = new Map(DUTY_FUNCTIONS.map((f, i) => [f, i]));
const DESIGNATION_INDEX = new Map(DUTY_DESIGNATIONS.map((d, i) => [d, i]));
/** The first designation bit of the database's bigint. */
export const DESIGNATION_SHIFT = DUTY_ROLES.length * DUTY_FUNCTIONS.length;

export const NO_DUTIES: DutySet = { lo: 0, hi: 0, des: 0 };

const withBits = (bit: number, mask: number): DutySet =>
  bit < HALF_BITS ? { lo: mask << bit, hi: 0, des: 0 } : { lo: 0, hi: mask << (bit - HALF_BITS), des: 0 };

export function dutyBit(duty: Duty): DutySet {
  if (duty.designation !== undefined) return designationBit(duty.designation);
  const role = ROLE_INDEX.get(duty.role);
  const fn = FUNCTION_INDEX.get(duty.function);
  if (role === undefined || fn === undefined) throw new Error(`Unknown duty ${duty.role}:${duty.function}`);
  return withBits(role * WIDTH + fn, 1);
}

export function designationBit(designation: Designation): DutySet {
  const index = DESIGNATION_INDEX.get(designation);
  if (index === undefined) throw new Error(`Unknown designation ${designation}`);
  return { lo: 0, hi: 0, des: 1 << index };
}

/** Every function's bit of `role`: what a member with the role but no team covers. */
export function roleBits(role: Role): DutySet {
  const index = ROLE_INDEX.get(role);
  if (index === undefined) throw new Error(`Unknown role ${role}`);
  return withBits(index * WIDTH, (1 << WIDTH) - 1);
}

export const union = (a: DutySet, b: DutySet): DutySet => ({ lo: a.lo | b.lo, hi: a.hi | b.hi, des: a.des | b.des });
export const without = (a: DutySet, b: DutySet): DutySet => ({
  lo: a.lo & ~b.lo,
  hi: a.hi & ~b.hi,
  des: a.des & ~b.des,
});
export const isEmpty = (s: DutySet): boolean => s.lo === 0 && s.hi === 0 && s.des === 0;
export const countOf = (s: DutySet): number => popcount(s.lo) + popcount(s.hi) + popcount(s.des);

/** Role duties in the order of roles then functions, then designations in their order. */
export function dutiesOf(s: DutySet): Duty[] {
  const duties: Duty[] = [];
  for (let bit = 0; bit < DUTY_ROLES.length * WIDTH; bit++) {
    const half = bit < HALF_BITS ? s.lo : s.hi;
    if ((half >>> (bit % HALF_BITS)) & 1)
      duties.push({ role: DUTY_ROLES[Math.floor(bit / WIDTH)], function: DUTY_FUNCTIONS[bit % WIDTH] });
  }
  for (let i = 0; i < DUTY_DESIGNATIONS.length; i++)
    if ((s.des >>> i) & 1) duties.push({ designation: DUTY_DESIGNATIONS[i] });
  return duties;
}

/** The bits set in a half: each `v & (v - 1)` clears the lowest one. */
function popcount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count += 1;
  return count;
}
