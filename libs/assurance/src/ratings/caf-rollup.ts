/** A CAF rating of a contributing outcome against the NHS profile. */
export type CafRating = 'ACHIEVED' | 'PARTIALLY_ACHIEVED' | 'NOT_ACHIEVED';

export interface CafOutcomeRating {
  /** The principle (A1) and objective (A) the outcome (A1.a) belongs to. */
  principle: string;
  objective: string;
  rating: CafRating | null;
}

export interface CafRollUp {
  reference: string;
  achieved: number;
  partiallyAchieved: number;
  notAchieved: number;
  unrated: number;
  /** The weakest rating of its outcomes once all are rated; null while any is unrated. */
  rating: CafRating | null;
}

const ORDER: CafRating[] = ['NOT_ACHIEVED', 'PARTIALLY_ACHIEVED', 'ACHIEVED'];

function rollUp(reference: string, ratings: (CafRating | null)[]): CafRollUp {
  const count = (r: CafRating | null) => ratings.filter((x) => x === r).length;
  const unrated = count(null);
  const rated = ratings.filter((r): r is CafRating => r !== null);
  const weakest = ORDER.find((r) => rated.includes(r)) ?? null;
  return {
    reference,
    achieved: count('ACHIEVED'),
    partiallyAchieved: count('PARTIALLY_ACHIEVED'),
    notAchieved: count('NOT_ACHIEVED'),
    unrated,
    rating: unrated || !rated.length ? null : weakest,
  };
}

/**
 * Rolls outcome ratings up per principle and per objective, in the order first met: a
 * principle (or objective) is as strong as its weakest outcome, and has no rating while
 * any of its outcomes is unrated.
 */
export function cafRollUp(outcomes: CafOutcomeRating[]): { principles: CafRollUp[]; objectives: CafRollUp[] } {
  const group = (key: (o: CafOutcomeRating) => string) => {
    const groups = new Map<string, (CafRating | null)[]>();
    for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o.rating]);
    return [...groups].map(([reference, ratings]) => rollUp(reference, ratings));
  };
  return { principles: group((o) => o.principle), objectives: group((o) => o.objective) };
}
