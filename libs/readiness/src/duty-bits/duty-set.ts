import { Role } from '@muster/platform-access';
import { TeamFunction } from '@muster/identity';

/**
 * Duties as bits: what a runbook needs (its steps' role × function) and what an
 * organisation's people cover, compared for thousands of runbooks per request (README.md
 * says why, and what they must equal). The orders are those of the SQL function
 * readiness_duty_bit (migration 1764316800600), which cannot import them: bit = role
 * index × 7 + function index, 56 bits, kept here as two 28-bit halves (JavaScript bit
 * operations are 32-bit, and BigInt is slow). test/readiness/readiness-statements.spec.ts
 * checks that the database and these lists agree on every bit.
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

/** A responsible role for one function: what a step needs someone to be. */
export interface Duty {
  role: Role;
  function: TeamFunction;
}

export const dutyKey = (duty: Duty): string => `${duty.role}:${duty.function}`;

/** Bits 0–27 in `lo` (the first four roles), 28–55 in `hi`. */
export interface DutySet {
  lo: number;
  hi: number;
}

export const HALF_BITS = 28;
const WIDTH = DUTY_FUNCTIONS.length;
const ROLE_INDEX = new Map(DUTY_ROLES.map((r, i) => [r, i]));
const FUNCTION_INDEX = new Map(DUTY_FUNCTIONS.map((f, i) => [f, i]));

export const NO_DUTIES: DutySet = { lo: 0, hi: 0 };

const withBits = (bit: number, mask: number): DutySet =>
  bit < HALF_BITS ? { lo: mask << bit, hi: 0 } : { lo: 0, hi: mask << (bit - HALF_BITS) };

export function dutyBit(duty: Duty): DutySet {
  const role = ROLE_INDEX.get(duty.role);
  const fn = FUNCTION_INDEX.get(duty.function);
  if (role === undefined || fn === undefined) throw new Error(`Unknown duty ${duty.role}:${duty.function}`);
  return withBits(role * WIDTH + fn, 1);
}

/** Every function's bit of `role`: what a member with the role but no team covers. */
export function roleBits(role: Role): DutySet {
  const index = ROLE_INDEX.get(role);
  if (index === undefined) throw new Error(`Unknown role ${role}`);
  return withBits(index * WIDTH, (1 << WIDTH) - 1);
}

export const union = (a: DutySet, b: DutySet): DutySet => ({ lo: a.lo | b.lo, hi: a.hi | b.hi });
export const without = (a: DutySet, b: DutySet): DutySet => ({ lo: a.lo & ~b.lo, hi: a.hi & ~b.hi });
export const isEmpty = (s: DutySet): boolean => s.lo === 0 && s.hi === 0;
export const countOf = (s: DutySet): number => popcount(s.lo) + popcount(s.hi);

export function dutiesOf(s: DutySet): Duty[] {
  const duties: Duty[] = [];
  for (let bit = 0; bit < DUTY_ROLES.length * WIDTH; bit++) {
    const half = bit < HALF_BITS ? s.lo : s.hi;
    if ((half >>> bit % HALF_BITS) & 1) duties.push({ role: DUTY_ROLES[Math.floor(bit / WIDTH)], function: DUTY_FUNCTIONS[bit % WIDTH] });
  }
  return duties;
}

/** The bits set in a half: each `v & (v - 1)` clears the lowest one. */
function popcount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count += 1;
  return count;
}
