import { ExerciseComplianceStatus } from '../exercises/exercise-enums';
import { standing } from './exercise-frequency';

describe('exercise standing', () => {
  const last = new Date('2026-05-31T10:00:00Z');

  it('is due the interval after the last exercise (month ends clamp), in date until then', () => {
    expect(standing(last, 6, new Date('2026-11-29T00:00:00Z'))).toEqual({
      nextDueAt: new Date('2026-11-30T10:00:00Z'),
      status: ExerciseComplianceStatus.IN_DATE,
    });
    expect(standing(last, 6, new Date('2026-11-30T10:00:00Z')).status).toBe(ExerciseComplianceStatus.IN_DATE);
    expect(standing(last, 6, new Date('2026-11-30T10:00:01Z')).status).toBe(ExerciseComplianceStatus.OVERDUE);
  });

  it('is overdue with no due date when never done', () => {
    expect(standing(null, 12, new Date())).toEqual({ nextDueAt: null, status: ExerciseComplianceStatus.OVERDUE });
  });
});
