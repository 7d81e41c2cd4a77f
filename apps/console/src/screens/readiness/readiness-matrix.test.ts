import { describe, expect, it } from 'vitest';
import { buildMatrix } from './readiness-matrix';
import { cellWords, scoreWords } from './readiness-words';

describe('the readiness matrix', () => {
  const input = {
    organisations: [
      { id: 'a', name: 'Acute Trust', gapCount: 0, score: 1 },
      { id: 'c', name: 'City Council', gapCount: 2, score: 0.5 },
      { id: 'b', name: 'Borough Council', gapCount: 2, score: 0.4 },
    ],
    categories: [
      { category: 'RANSOMWARE' as const },
      { category: 'HEATWAVE' as const },
      { category: 'FLOODING' as const },
    ],
    cells: [
      { organisationId: 'a', category: 'RANSOMWARE' as const, status: 'READY' as const, gapCount: 0 },
      { organisationId: 'c', category: 'RANSOMWARE' as const, status: 'GAPS' as const, gapCount: 2 },
      { organisationId: 'b', category: 'HEATWAVE' as const, status: 'NOT_COVERED' as const, gapCount: 1 },
      { organisationId: 'a', category: 'FLOODING' as const, status: 'NOT_APPLICABLE' as const, gapCount: 0 },
    ],
  };

  it('leaves out a category no organisation is held to, and puts organisations with most gaps first, then by name', () => {
    const matrix = buildMatrix(input);
    expect(matrix.categories).toEqual(['RANSOMWARE', 'HEATWAVE']);
    expect(matrix.rows.map((r) => r.name)).toEqual(['Borough Council', 'City Council', 'Acute Trust']);
    expect(matrix.rows[2].cells.map((c) => c?.status ?? null)).toEqual(['READY', null]);
  });

  it('says a cell and a score in words', () => {
    expect(cellWords({ status: 'GAPS', gapCount: 1 })).toBe('1 gap');
    expect(cellWords({ status: 'GAPS', gapCount: 3 })).toBe('3 gaps');
    expect(cellWords({ status: 'NOT_COVERED', gapCount: 1 })).toBe('No runbook');
    expect(scoreWords(0.456)).toBe('46%');
    expect(scoreWords(null)).toBe('Not scored');
  });
});
