import { DomainError } from '@muster/platform-core';
import { PostureValues } from './posture-report.store';

/** The columns of a posture CSV, in this order, after a header row naming them. */
export const POSTURE_CSV_COLUMNS = [
  'odsCode',
  'assetsInScope',
  'criticalOpen',
  'highOpen',
  'mediumOpen',
  'lowOpen',
  'criticalPastTarget',
  'highPastTarget',
  'patchCompliancePercent',
] as const;

export interface PostureCsvRow extends PostureValues {
  odsCode: string;
  /** 1-based line of the file, for errors. */
  line: number;
}

const refuse = (line: number, message: string) => DomainError.badInput('csv', `line ${line}: ${message}`);

/**
 * A day's posture as CSV (comma-separated, no quoting: codes and numbers only): a header
 * row of POSTURE_CSV_COLUMNS, then one row per organisation. BAD_USER_INPUT on `csv`
 * naming the line and column of the first fault.
 */
export function parsePostureCsv(csv: string): PostureCsvRow[] {
  const lines = csv
    .split(/\r?\n/)
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
  const [header, ...rows] = lines;
  if (
    !header ||
    header.text
      .split(',')
      .map((c) => c.trim())
      .join(',') !== POSTURE_CSV_COLUMNS.join(',')
  )
    throw refuse(header?.line ?? 1, `the header must be ${POSTURE_CSV_COLUMNS.join(',')}`);
  if (!rows.length) throw refuse(header.line, 'no rows after the header');
  return rows.map(({ text, line }) => {
    const cells = text.split(',').map((c) => c.trim());
    if (cells.length !== POSTURE_CSV_COLUMNS.length)
      throw refuse(line, `${cells.length} columns, expected ${POSTURE_CSV_COLUMNS.length}`);
    const [odsCode, ...numbers] = cells;
    if (!/^[A-Z0-9]{3,12}$/.test(odsCode)) throw refuse(line, `odsCode "${odsCode}" is not an ODS code`);
    const values = numbers.map((cell, i) => {
      const column = POSTURE_CSV_COLUMNS[i + 1];
      const percent = column === 'patchCompliancePercent';
      const ok = percent ? /^\d{1,3}(\.\d{1,2})?$/.test(cell) : /^\d{1,8}$/.test(cell);
      const n = Number(cell);
      if (!ok || (percent && n > 100))
        throw refuse(line, `${column} "${cell}" is not ${percent ? 'a percentage (0–100)' : 'a whole number ≥ 0'}`);
      return n;
    });
    const [
      assetsInScope,
      criticalOpen,
      highOpen,
      mediumOpen,
      lowOpen,
      criticalPastTarget,
      highPastTarget,
      patchCompliancePercent,
    ] = values;
    if (criticalPastTarget > criticalOpen) throw refuse(line, 'criticalPastTarget is more than criticalOpen');
    if (highPastTarget > highOpen) throw refuse(line, 'highPastTarget is more than highOpen');
    return {
      odsCode,
      line,
      assetsInScope,
      criticalOpen,
      highOpen,
      mediumOpen,
      lowOpen,
      criticalPastTarget,
      highPastTarget,
      patchCompliancePercent,
    };
  });
}
