import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@muster/platform-core';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { addMonths } from './review-dates';

/** A plan is reviewed at least annually (EPRR Framework): a new one's interval unless the cap is shorter. */
const ANNUAL = 12;

/**
 * How often plans are reviewed: at most every RUNBOOK_MAX_REVIEW_INTERVAL_MONTHS (12 by
 * default). New intervals above the cap are refused; a plan stored with a longer one
 * (before the cap, or adopted from an older template) restarts its clock at the cap.
 */
@Injectable()
export class ReviewPolicy {
  readonly maxMonths: number;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'runbookMaxReviewIntervalMonths'>) {
    this.maxMonths = config.runbookMaxReviewIntervalMonths;
  }

  get defaultMonths(): number {
    return Math.min(ANNUAL, this.maxMonths);
  }

  /** BAD_USER_INPUT naming `reviewIntervalMonths` when the interval asked for exceeds the cap. */
  assertInterval(months: number | undefined): void {
    if (months !== undefined && months > this.maxMonths) {
      throw DomainError.badInput(
        'reviewIntervalMonths',
        `a plan is reviewed at least every ${this.maxMonths} months (EPRR Framework; RUNBOOK_MAX_REVIEW_INTERVAL_MONTHS)`,
      );
    }
  }

  capped(months: number): number {
    return Math.min(months, this.maxMonths);
  }

  /** When a plan reviewed (approved, or reviewed without change) at `at` is next due. */
  nextReviewAt(at: Date, intervalMonths: number): Date {
    return addMonths(at, this.capped(intervalMonths));
  }
}
