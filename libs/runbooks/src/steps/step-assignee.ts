import { Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Designation, TeamFunction } from '@muster/identity';

/** Who carries a step out: a designated person, or a role within a function (never both). */
export interface StepAssignee {
  function: TeamFunction | null;
  responsibleRole: Role | null;
  designation: Designation | null;
}

interface AssigneeInput {
  function?: TeamFunction | null;
  responsibleRole?: Role | null;
  designation?: Designation | null;
}

/**
 * The assignee of a step after `input` (a new step: `before` null). Naming a designation
 * drops the role and function; naming a role or function drops the designation. Either
 * way the result must be complete: BAD_USER_INPUT names the field missing or in excess.
 * A field sent as null is one not given (GraphQL lets a client send either).
 */
export function stepAssignee(before: StepAssignee | null, input: AssigneeInput): StepAssignee {
  const namesRole = input.function != null || input.responsibleRole != null;
  if (input.designation != null && namesRole) {
    const field = input.responsibleRole != null ? 'responsibleRole' : 'function';
    throw DomainError.badInput(
      field,
      'a step names either a designation or a responsible role within a function, not both',
    );
  }
  if (input.designation != null) return { function: null, responsibleRole: null, designation: input.designation };
  const fn = input.function ?? before?.function ?? null;
  const role = input.responsibleRole ?? before?.responsibleRole ?? null;
  if (!namesRole && before) return before;
  if (!fn && !role) {
    throw DomainError.badInput('designation', 'a step needs a designation, or a responsible role within a function');
  }
  if (!fn) throw DomainError.badInput('function', 'a step naming a responsible role needs the function it belongs to');
  if (!role)
    throw DomainError.badInput('responsibleRole', 'a step naming a function needs the responsible role within it');
  return { function: fn, responsibleRole: role, designation: null };
}
