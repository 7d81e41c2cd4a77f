import { describe, expect, it } from 'vitest';
import {
  buildHeatMap,
  categoryColour,
  categoryWords,
  cellCategory,
  cellFigure,
  movementWords,
  notStarted,
} from './heat-map';

const cell = (counts: Partial<{ full: number; partial: number; none: number; unrated: number }>) => ({
  sectionReference: 'GOV',
  full: 0,
  partial: 0,
  none: 0,
  unrated: 0,
  ...counts,
});

describe('the assurance heat map', () => {
  it('colours a cell by its worst rating, and an unrated requirement keeps it from fully met', () => {
    expect(cellCategory(cell({ full: 3, partial: 1, none: 1 }))).toBe('NOT_MET');
    expect(cellCategory(cell({ full: 3, partial: 1, unrated: 2 }))).toBe('PARTIAL');
    expect(cellCategory(cell({ full: 3, unrated: 1 }))).toBe('UNRATED');
    expect(cellCategory(cell({ full: 3 }))).toBe('MET');
    expect(cellCategory(cell({}))).toBe('NOT_APPLICABLE');
    expect(categoryColour('NOT_MET')).toBe('red');
    expect(categoryColour('PARTIAL')).toBe('yellow');
    expect(categoryColour('MET')).toBe('green');
  });

  it('says the category in the framework’s words and the figures, so colour is never the only signal', () => {
    expect(categoryWords('PARTIAL', 'EPRR_CORE_STANDARDS')).toBe('Partially compliant');
    expect(categoryWords('PARTIAL', 'CAF_DSPT')).toBe('Partially achieved');
    expect(categoryWords('NOT_MET', 'CAF_DSPT')).toBe('Not achieved');
    expect(cellFigure(cell({ full: 2, partial: 1, unrated: 1 }))).toBe('2 of 4 fully met, 1 partially, 1 not rated');
    expect(cellFigure(cell({ full: 1, none: 2 }))).toBe('1 of 3 fully met, 2 not met');
    expect(cellFigure(cell({}))).toBe('–');
  });

  it('puts the lowest share fully met first, each row with a cell per section in file order', () => {
    const band = (percent: number) => ({ applicable: 4, fullyCompliant: 0, percent, band: null });
    const org = (name: string, percent: number, cells: ReturnType<typeof cell>[]) => ({
      started: true,
      assessmentId: `a-${name}`,
      organisationId: name,
      organisationName: name,
      period: '2025-26',
      status: 'DRAFT' as const,
      band: band(percent),
      cells,
    });
    const map = buildHeatMap({
      sections: [
        { reference: 'GOV', name: 'Governance', deepDive: false },
        { reference: 'CBRN', name: 'CBRN', deepDive: false },
      ],
      organisations: [
        org('Zeta Trust', 50, [cell({ full: 1, none: 1 })]),
        org('Beta Trust', 100, [cell({ full: 2 }), { ...cell({ full: 2 }), sectionReference: 'CBRN' }]),
        org('Alpha Trust', 50, [{ ...cell({ partial: 1 }), sectionReference: 'CBRN' }]),
      ],
    });
    expect(map.rows.map((r) => r.organisationName)).toEqual(['Alpha Trust', 'Zeta Trust', 'Beta Trust']);
    expect(map.rows[0].cells.map((c) => c.category)).toEqual(['NOT_APPLICABLE', 'PARTIAL']);
    expect(map.rows[1].cells.map((c) => c.category)).toEqual(['NOT_MET', 'NOT_APPLICABLE']);
  });

  it('puts the organisations not started first, by name, every cell saying "Not started" in words', () => {
    const idle = (name: string) => ({
      started: false,
      assessmentId: null,
      organisationId: name,
      organisationName: name,
      period: null,
      status: null,
      band: null,
      cells: [],
    });
    const started = {
      ...idle('Alpha Trust'),
      started: true,
      assessmentId: 'a-1',
      period: '2025-26',
      status: 'DRAFT' as const,
      band: { applicable: 2, fullyCompliant: 0, percent: 0, band: null },
      cells: [cell({ none: 2 })],
    };
    const map = buildHeatMap({
      sections: [
        { reference: 'GOV', name: 'Governance', deepDive: false },
        { reference: 'CBRN', name: 'CBRN', deepDive: false },
      ],
      organisations: [started, idle('Zeta Trust'), idle('Beta Trust')],
    });
    expect(map.rows.map((r) => r.organisationName)).toEqual(['Beta Trust', 'Zeta Trust', 'Alpha Trust']);
    expect(map.rows[0].cells.map((c) => c.category)).toEqual(['NOT_STARTED', 'NOT_STARTED']);
    expect(map.rows[2].cells.map((c) => c.category)).toEqual(['NOT_MET', 'NOT_APPLICABLE']);
    expect(categoryWords('NOT_STARTED', 'EPRR_CORE_STANDARDS')).toBe('Not started');
    expect(categoryWords('NOT_STARTED', 'CAF_DSPT')).toBe('Not started');
    expect(movementWords(map.rows[0])).toBe('No assessment of this framework yet');
    expect(notStarted([started, idle('Zeta Trust'), idle('Beta Trust')]).map((o) => o.organisationName)).toEqual([
      'Beta Trust',
      'Zeta Trust',
    ]);
  });

  it('says the movement since last period', () => {
    const b = (percent: number) => ({ applicable: 10, fullyCompliant: percent / 10, percent });
    expect(movementWords({ band: b(90) })).toBe('First assessment');
    expect(movementWords({ band: b(90), previousBand: b(80), previousPeriod: '2024-25' })).toBe(
      'Up from 80% in 2024-25',
    );
    expect(movementWords({ band: b(70), previousBand: b(80), previousPeriod: '2024-25' })).toBe(
      'Down from 80% in 2024-25',
    );
  });
});
