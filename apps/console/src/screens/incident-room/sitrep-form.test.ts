import { describe, expect, it } from 'vitest';
import { nextSitRepWords, sitRepInput, validateSitRep, type SitRepTemplateSpec } from './sitrep-form';

const spec = (template: SitRepTemplateSpec['template'], names: string[]): SitRepTemplateSpec => ({
  template,
  name: template,
  fields: names.map((name) => ({ name, label: name[0].toUpperCase() + name.slice(1), hint: '' })),
});
const SBAR = spec('SBAR', ['situation', 'background', 'assessment', 'recommendation']);
const TACTICAL = spec('TACTICAL', ['conditions', 'actions', 'needs']);

describe('the SitRep form', () => {
  it('asks for every field of the chosen template, in its order', () => {
    expect(validateSitRep(SBAR, { situation: 'x', assessment: '  ' }).map((p) => p.field)).toEqual([
      'sitrep-background',
      'sitrep-assessment',
      'sitrep-recommendation',
    ]);
    expect(validateSitRep(TACTICAL, {})[0].message).toBe('Enter the conditions');
  });

  it('sends only the template’s fields, trimmed', () => {
    const input = sitRepInput('inc-1', TACTICAL, { conditions: ' a ', actions: 'b', needs: 'c', situation: 'no' });
    expect(input).toEqual({ incidentId: 'inc-1', template: 'TACTICAL', conditions: 'a', actions: 'b', needs: 'c' });
  });

  it('counts down to the next SitRep and says when it is overdue', () => {
    const now = Date.parse('2026-06-01T10:00:00Z');
    expect(nextSitRepWords('2026-06-01T12:30:00Z', false, now)).toEqual({
      words: 'in 2 hours 30 minutes',
      overdue: false,
    });
    expect(nextSitRepWords('2026-06-01T09:40:00Z', true, now)).toEqual({
      words: 'overdue by 20 minutes',
      overdue: true,
    });
    // The server's clock says overdue a moment before this one does.
    expect(nextSitRepWords('2026-06-01T10:00:20Z', true, now)).toEqual({ words: 'due now', overdue: true });
    expect(nextSitRepWords(null, false, now)).toBeNull();
  });
});
