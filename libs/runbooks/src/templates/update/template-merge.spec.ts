import { Role } from '@muster/platform-access';
import { TeamFunction } from '@muster/identity';
import { RunbookStepEntity } from '../../steps/runbook-step.entity';
import { StepClockAnchor } from '../../steps/step-clock-anchor';
import { RunbookVersionStep } from '../../versions/runbook-version.entity';
import { mergeTemplateUpdate } from './merge-steps';
import { analyseTemplateUpdate, TemplateConflictChoice, TemplateStepChange } from './template-merge';

const { KEEP_LOCAL, TAKE_TEMPLATE } = TemplateConflictChoice;
const { ADDED, REMOVED, CHANGED, DEPENDED_ON } = TemplateStepChange;

/** A template version's step: its id is the template step's key. */
const t = (key: string, extra: Partial<RunbookVersionStep> = {}): RunbookVersionStep => ({
  id: key,
  position: 0,
  title: `Step ${key}`,
  function: TeamFunction.EPRR,
  responsibleRole: Role.EPRR_LEAD,
  designation: null,
  instructions: `Do ${key}`,
  targetMinutes: 60,
  mandatory: true,
  dependsOn: [],
  templateStepId: null,
  ...extra,
});
const version = (...steps: RunbookVersionStep[]) => steps.map((s, i) => ({ ...s, position: i + 1 }));

/** The draft: a copy of `base` (ids `o-<key>`), then edits. */
function copy(base: readonly RunbookVersionStep[]): RunbookStepEntity[] {
  return base.map((s) => ({
    ...s,
    clockAnchor: s.clockAnchor ?? StepClockAnchor.DECLARATION,
    id: `o-${s.id}`,
    runbookId: 'rb',
    dependsOn: s.dependsOn.map((d) => `o-${d}`),
    templateStepId: s.id,
  }));
}
const local = (id: string, extra: Partial<RunbookStepEntity> = {}): RunbookStepEntity => ({
  ...t(id),
  clockAnchor: StepClockAnchor.DECLARATION,
  id,
  runbookId: 'rb',
  templateStepId: null,
  ...extra,
});
const edit = (steps: RunbookStepEntity[], id: string, extra: Partial<RunbookStepEntity>) =>
  steps.map((s) => (s.id === id ? { ...s, ...extra } : s));
const ordered = (steps: RunbookStepEntity[]) => steps.map((s, i) => ({ ...s, position: i + 1 }));

let n = 0;
const merge = (
  base: RunbookVersionStep[],
  theirs: RunbookVersionStep[],
  ours: RunbookStepEntity[],
  choices: [string, TemplateConflictChoice][] = [],
) =>
  mergeTemplateUpdate(analyseTemplateUpdate(base, theirs, ordered(ours)), new Map(choices), 'rb', () => `new-${++n}`);

describe('template update: a three-way merge per step', () => {
  const base = version(t('A'), t('B', { dependsOn: ['A'] }), t('C'));

  it('keeps local steps and local edits, applies the template where there is no conflict, and lists both sides', () => {
    const theirs = version(
      t('A'),
      t('B', { dependsOn: ['A'] }),
      t('N', { dependsOn: ['A'] }),
      t('C', { instructions: 'Do C, now with the CSOC' }),
    );
    const ours = [
      ...edit(copy(base), 'o-B', { instructions: 'Ring the Stoke EPR supplier' }),
      local('L', { dependsOn: ['o-A'] }),
    ];
    const analysis = analyseTemplateUpdate(base, theirs, ordered(ours));
    expect(analysis.templateChanges.map((d) => [d.templateStepId, d.change, d.fields])).toEqual([
      ['N', ADDED, []],
      ['C', CHANGED, ['instructions']],
    ]);
    expect(analysis.localChanges.map((d) => [d.stepId, d.change, d.fields])).toEqual([
      ['L', ADDED, []],
      ['o-B', CHANGED, ['instructions']],
    ]);
    expect(analysis.conflicts).toEqual([]);

    const { steps, changes } = merge(base, theirs, ours);
    expect(steps.map((s) => [s.id, s.position, s.instructions, s.dependsOn])).toEqual([
      ['o-A', 1, 'Do A', []],
      ['o-B', 2, 'Ring the Stoke EPR supplier', ['o-A']],
      [expect.stringMatching(/^new-/), 3, 'Do N', ['o-A']],
      ['o-C', 4, 'Do C, now with the CSOC', []],
      ['L', 5, 'Do L', ['o-A']],
    ]);
    expect(steps[2].templateStepId).toBe('N');
    expect(changes.map((c) => [c.change, c.title])).toEqual([
      ['kept_local_edit', 'Step B'],
      ['added_from_template', 'Step N'],
      ['updated_from_template', 'Step C'],
      ['kept_local_step', 'Step L'],
    ]);
  });

  it('finds a conflict where both changed a step differently, and follows the choice', () => {
    const theirs = version(t('A'), t('B', { dependsOn: ['A'], targetMinutes: 30 }), t('C'));
    const ours = edit(copy(base), 'o-B', { instructions: 'Local words' });
    expect(analyseTemplateUpdate(base, theirs, ordered(ours)).conflicts).toEqual([
      {
        templateStepId: 'B',
        stepId: 'o-B',
        title: 'Step B',
        local: CHANGED,
        localFields: ['instructions'],
        template: CHANGED,
        templateFields: ['targetMinutes'],
      },
    ]);
    const kept = merge(base, theirs, ours, [['B', KEEP_LOCAL]]).steps[1];
    expect([kept.instructions, kept.targetMinutes]).toEqual(['Local words', 60]);
    const taken = merge(base, theirs, ours, [['B', TAKE_TEMPLATE]]);
    expect([taken.steps[1].instructions, taken.steps[1].targetMinutes]).toEqual(['Do B', 30]);
    expect(taken.changes[0]).toMatchObject({
      change: 'updated_from_template',
      stepId: 'o-B',
      choice: TAKE_TEMPLATE,
      fields: ['instructions', 'targetMinutes'],
      before: { instructions: 'Local words', targetMinutes: 60 },
      after: { instructions: 'Do B', targetMinutes: 30 },
    });
  });

  it('reads a step published before clock anchors as counting from the declaration, and takes a new anchor from the template', () => {
    // `base` predates anchors (no clockAnchor in its jsonb); the draft copied it as DECLARATION.
    expect(analyseTemplateUpdate(base, base, ordered(copy(base))).localChanges).toEqual([]);
    const theirs = version(t('A'), t('B', { dependsOn: ['A'], clockAnchor: StepClockAnchor.BREACH_AWARENESS }), t('C'));
    const analysis = analyseTemplateUpdate(base, theirs, ordered(copy(base)));
    expect(analysis.templateChanges.map((d) => [d.templateStepId, d.fields])).toEqual([['B', ['clockAnchor']]]);
    expect(merge(base, theirs, copy(base)).steps.map((s) => s.clockAnchor)).toEqual([
      'DECLARATION',
      'BREACH_AWARENESS',
      'DECLARATION',
    ]);
  });

  it('is no conflict when both made the same change, or both removed the step', () => {
    const theirs = version(t('A'), t('B', { dependsOn: ['A'], title: 'Isolate' }));
    const ours = edit(copy(base), 'o-B', { title: 'Isolate' }).filter((s) => s.id !== 'o-C');
    const analysis = analyseTemplateUpdate(base, theirs, ordered(ours));
    expect(analysis.conflicts).toEqual([]);
    expect(merge(base, theirs, ours).steps.map((s) => s.id)).toEqual(['o-A', 'o-B']);
  });

  it('keeps a local removal unless the template changed the step: then the caller chooses', () => {
    const ours = copy(base).filter((s) => s.id !== 'o-C');
    expect(merge(base, version(t('A'), t('B', { dependsOn: ['A'] }), t('C')), ours).steps.map((s) => s.id)).toEqual([
      'o-A',
      'o-B',
    ]);
    const theirs = version(t('A'), t('B', { dependsOn: ['A'] }), t('C', { mandatory: false }));
    expect(
      analyseTemplateUpdate(base, theirs, ordered(ours)).conflicts.map((c) => [c.templateStepId, c.local, c.template]),
    ).toEqual([['C', REMOVED, CHANGED]]);
    expect(merge(base, theirs, ours, [['C', KEEP_LOCAL]]).steps.map((s) => s.id)).toEqual(['o-A', 'o-B']);
    const taken = merge(base, theirs, ours, [['C', TAKE_TEMPLATE]]).steps;
    expect(taken.map((s) => [s.templateStepId, s.mandatory])).toEqual([
      ['A', true],
      ['B', true],
      ['C', false],
    ]);
  });

  it('removes what the template removed, unless the organisation changed it or its own steps depend on it', () => {
    const theirs = version(t('A'), t('B', { dependsOn: ['A'] }));
    expect(merge(base, theirs, copy(base)).steps.map((s) => s.id)).toEqual(['o-A', 'o-B']);

    const edited = edit(copy(base), 'o-C', { title: 'Step C, tailored' });
    expect(analyseTemplateUpdate(base, theirs, ordered(edited)).conflicts.map((c) => [c.local, c.template])).toEqual([
      [CHANGED, REMOVED],
    ]);
    const kept = merge(base, theirs, edited, [['C', KEEP_LOCAL]]);
    expect(kept.steps.map((s) => [s.id, s.templateStepId])).toEqual([
      ['o-A', 'A'],
      ['o-B', 'B'],
      ['o-C', null],
    ]);

    const dependedOn = [...copy(base), local('L', { dependsOn: ['o-C'] })];
    expect(
      analyseTemplateUpdate(base, theirs, ordered(dependedOn)).conflicts.map((c) => [c.templateStepId, c.local]),
    ).toEqual([['C', DEPENDED_ON]]);
    const taken = merge(base, theirs, dependedOn, [['C', TAKE_TEMPLATE]]);
    expect(taken.steps.map((s) => [s.id, s.dependsOn])).toEqual([
      ['o-A', []],
      ['o-B', ['o-A']],
      ['L', []],
    ]);
    expect(taken.changes.at(-1)).toEqual({
      change: 'dependency_dropped',
      stepId: 'L',
      templateStepId: null,
      title: 'Step L',
      dependsOn: ['Step C'],
    });
  });

  it("keeps the organisation's order, moving a step only as far as a new template dependency needs", () => {
    // The organisation put C first; the template now makes C wait for B.
    const ours = [copy(base)[2], copy(base)[0], copy(base)[1]];
    const theirs = version(t('A'), t('B', { dependsOn: ['A'] }), t('C', { dependsOn: ['B'] }));
    expect(merge(base, theirs, ours).steps.map((s) => s.id)).toEqual(['o-A', 'o-B', 'o-C']);
    expect(merge(base, version(...base), ours).steps.map((s) => s.id)).toEqual(['o-C', 'o-A', 'o-B']);
  });

  it('refuses a merge whose dependencies would form a cycle', () => {
    const ours = edit(copy(base), 'o-A', { dependsOn: ['o-C'] });
    const theirs = version(t('A'), t('B', { dependsOn: ['A'] }), t('C', { dependsOn: ['B'] }));
    expect(() => merge(base, theirs, ours)).toThrow(/cycle/);
  });
});
