import { ErrorCode } from '@muster/platform-core';
import { ReviewPolicy } from './review-policy';

const policy = (max: number) => new ReviewPolicy({ runbookMaxReviewIntervalMonths: max });

describe('ReviewPolicy', () => {
  it('defaults to an annual review, or the cap when it is shorter', () => {
    expect(policy(12).defaultMonths).toBe(12);
    expect(policy(6).defaultMonths).toBe(6);
    expect(policy(24).defaultMonths).toBe(12);
  });

  it('refuses an interval over the cap, naming the field and the variable', () => {
    expect(() => policy(12).assertInterval(12)).not.toThrow();
    expect(() => policy(12).assertInterval(undefined)).not.toThrow();
    let error: { code?: ErrorCode; fields?: { field: string }[] } = {};
    try {
      policy(12).assertInterval(13);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.fields?.map((f) => f.field)).toEqual(['reviewIntervalMonths']);
  });

  it('restarts the clock of a longer stored interval at the cap', () => {
    const at = new Date('2026-01-31T10:00:00Z');
    expect(policy(12).nextReviewAt(at, 24).toISOString()).toBe('2027-01-31T10:00:00.000Z');
    expect(policy(12).nextReviewAt(at, 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
  });
});
