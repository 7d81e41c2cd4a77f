import { CafOutcomeRating, CafRating, cafRollUp } from './caf-rollup';

const outcome = (ref: string, rating: CafRating | null): CafOutcomeRating => ({
  principle: ref.slice(0, 2),
  objective: ref.slice(0, 1),
  rating,
});

describe('cafRollUp', () => {
  it('rates a principle and an objective by their weakest outcome', () => {
    const { principles, objectives } = cafRollUp([
      outcome('A1.a', 'ACHIEVED'),
      outcome('A1.b', 'PARTIALLY_ACHIEVED'),
      outcome('A2.a', 'ACHIEVED'),
      outcome('B1.a', 'ACHIEVED'),
      outcome('B1.b', 'NOT_ACHIEVED'),
      outcome('B2.a', 'PARTIALLY_ACHIEVED'),
    ]);
    expect(principles.map((p) => [p.reference, p.rating])).toEqual([
      ['A1', 'PARTIALLY_ACHIEVED'],
      ['A2', 'ACHIEVED'],
      ['B1', 'NOT_ACHIEVED'],
      ['B2', 'PARTIALLY_ACHIEVED'],
    ]);
    expect(objectives).toEqual([
      { reference: 'A', achieved: 2, partiallyAchieved: 1, notAchieved: 0, unrated: 0, rating: 'PARTIALLY_ACHIEVED' },
      { reference: 'B', achieved: 1, partiallyAchieved: 1, notAchieved: 1, unrated: 0, rating: 'NOT_ACHIEVED' },
    ]);
  });

  it('leaves a principle unrated while any outcome is unrated', () => {
    const { principles, objectives } = cafRollUp([outcome('C1.a', 'ACHIEVED'), outcome('C1.b', null)]);
    expect(principles[0]).toEqual({
      reference: 'C1',
      achieved: 1,
      partiallyAchieved: 0,
      notAchieved: 0,
      unrated: 1,
      rating: null,
    });
    expect(objectives[0].rating).toBeNull();
  });

  it('rates everything achieved as achieved, and nothing as nothing', () => {
    expect(cafRollUp([outcome('D1.a', 'ACHIEVED'), outcome('D2.a', 'ACHIEVED')]).objectives[0].rating).toBe('ACHIEVED');
    expect(cafRollUp([])).toEqual({ principles: [], objectives: [] });
  });
});
