import { parsePostureCsv, POSTURE_CSV_COLUMNS } from './posture-csv';

const HEADER = POSTURE_CSV_COLUMNS.join(',');

describe('posture CSV', () => {
  it('reads one row per organisation after the header', () => {
    expect(parsePostureCsv(`${HEADER}\nRJE,1200,2,15,80,200,1,3,91.5\n\n`)).toEqual([
      expect.objectContaining({ odsCode: 'RJE', line: 2, criticalPastTarget: 1, patchCompliancePercent: 91.5 }),
    ]);
  });

  it('names the line and column of the first fault', () => {
    expect(() => parsePostureCsv('ods,assets\nRJE,1')).toThrow(/line 1: the header must be/);
    expect(() => parsePostureCsv(`${HEADER}\nRJE,1200,2,15,80,200,1,3,91.5\nRRE,10,x,1,1,1,0,0,50`)).toThrow(
      /line 3: criticalOpen "x"/,
    );
    expect(() => parsePostureCsv(`${HEADER}\nRJE,1200,2,15,80,200,1,3,100.5`)).toThrow(/patchCompliancePercent/);
    expect(() => parsePostureCsv(`${HEADER}\nRJE,1200,2,15,80,200,3,3,91`)).toThrow(
      /line 2: criticalPastTarget is more/,
    );
    expect(() => parsePostureCsv(`${HEADER}\nRJE,1200,2`)).toThrow(/line 2: 3 columns/);
  });
});
