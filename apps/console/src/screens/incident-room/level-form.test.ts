import { describe, expect, it } from 'vitest';
import { levelChangeInput, validateLevelChange } from './level-form';

const current = { level: 1, type: 'CRITICAL' as const, scope: 'ORGANISATION' as const };

describe('the level and type change', () => {
  it('needs a change and a reason', () => {
    expect(validateLevelChange(current, { ...current, reason: '' }).map((p) => p.field)).toEqual([
      'level-level',
      'level-reason',
    ]);
    expect(validateLevelChange(current, { ...current, level: 2, reason: 'Spread to two trusts' })).toEqual([]);
  });

  it('sends only what changes, with the version seen', () => {
    expect(
      levelChangeInput({ ...current, id: 'i', version: 7 }, { ...current, type: 'MAJOR', reason: ' Casualties ' }),
    ).toEqual({ id: 'i', version: 7, reason: 'Casualties', level: undefined, type: 'MAJOR', scope: undefined });
  });
});
