import { describe, expect, it } from 'vitest';
import { deadlineWords, decisionLine } from './ig-words';

describe('IG threads in the room', () => {
  it('shows the outcome only to those who may see the content', () => {
    const decision = { type: 'ICO_ART33' as const, outcome: 'REPORTABLE' as const, content: { rationale: 'x' } };
    expect(decisionLine(decision, true)).toBe('Report to the ICO (Article 33): Reportable');
    expect(decisionLine({ ...decision, content: null }, false)).toBe(
      'Report to the ICO (Article 33): decision recorded',
    );
  });

  it('words the 72-hour clock', () => {
    expect(deadlineWords('OVERDUE')).toEqual({ words: 'Overdue', colour: 'red' });
  });
});
