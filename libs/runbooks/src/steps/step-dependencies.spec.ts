import { ErrorCode } from '@muster/platform-core';
import { assertValidDependencies, dependencyProblem, dependentsOf, StepOrder } from './step-dependencies';

const step = (id: string, position: number, dependsOn: string[] = []): StepOrder => ({
  id,
  position,
  title: `Step ${id}`,
  dependsOn,
});

describe('step dependencies', () => {
  it('accepts dependencies on earlier steps', () => {
    expect(dependencyProblem([step('a', 1), step('b', 2, ['a']), step('c', 3, ['a', 'b'])])).toBeNull();
  });

  it('refuses a dependency on a later step, naming both steps', () => {
    expect(dependencyProblem([step('a', 1, ['b']), step('b', 2)])).toBe(
      "step 1 'Step a' depends on step 2 'Step b', which does not come before it (dependencies must be on earlier steps, so no cycles)",
    );
  });

  it('refuses a cycle (one of its edges is always forward)', () => {
    expect(dependencyProblem([step('a', 1, ['c']), step('b', 2, ['a']), step('c', 3, ['b'])])).toMatch(/no cycles/);
  });

  it('refuses self-dependencies, unknown steps and duplicates', () => {
    expect(dependencyProblem([step('a', 1, ['a'])])).toMatch(/cannot depend on itself/);
    expect(dependencyProblem([step('a', 1), step('b', 2, ['zzz'])])).toMatch(/not in this runbook/);
    expect(dependencyProblem([step('a', 1), step('b', 2, ['a', 'a'])])).toMatch(/same dependency twice/);
  });

  it('raises BAD_USER_INPUT on the field it is given', () => {
    try {
      assertValidDependencies([step('a', 1, ['b']), step('b', 2)], 'stepIds');
      throw new Error('not refused');
    } catch (error) {
      expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'stepIds' }] });
    }
  });

  it('finds the steps that depend on a step', () => {
    expect(dependentsOf([step('a', 1), step('b', 2, ['a']), step('c', 3)], 'a').map((s) => s.id)).toEqual(['b']);
  });
});
