import type { ReadinessStatus } from '../../generated/graphql';

export type TagColour = 'green' | 'red' | 'grey' | 'orange' | 'yellow' | 'blue' | 'white';

const STATUS: Record<ReadinessStatus, { words: string; colour: TagColour }> = {
  READY: { words: 'Ready', colour: 'green' },
  GAPS: { words: 'Gaps', colour: 'red' },
  NOT_COVERED: { words: 'No runbook', colour: 'orange' },
  NOT_APPLICABLE: { words: 'Not applicable', colour: 'grey' },
};

export const readinessWords = (status: ReadinessStatus): string => STATUS[status].words;
export const readinessColour = (status: ReadinessStatus): TagColour => STATUS[status].colour;

/** A score of 0–1 as a whole percentage; null (nothing scored) in words. */
export function scoreWords(score: number | null | undefined): string {
  return score === null || score === undefined ? 'Not scored' : `${Math.round(score * 100)}%`;
}

/** What a matrix cell says: its status, and how many gaps when there are some. */
export function cellWords(cell: { status: ReadinessStatus; gapCount: number }): string {
  if (cell.status === 'GAPS') return cell.gapCount === 1 ? '1 gap' : `${cell.gapCount} gaps`;
  return readinessWords(cell.status);
}
