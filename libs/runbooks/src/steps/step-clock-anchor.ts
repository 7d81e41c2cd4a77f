import { registerEnumType } from '@nestjs/graphql';

/**
 * What a step's target time counts from. Most steps count from the declaration of the
 * incident; the information governance steps with a legal deadline (the 72-hour ICO
 * report of a personal data breach, the 72-hour NIS notification) count from the time
 * the organisation became aware, which may be earlier: a late declaration must never
 * schedule them past the deadline. The assignments issue computes due times from it.
 */
export enum StepClockAnchor {
  DECLARATION = 'DECLARATION',
  BREACH_AWARENESS = 'BREACH_AWARENESS',
}

/** The anchor of a step published before anchors existed, or of a step that names none. */
export const DEFAULT_CLOCK_ANCHOR = StepClockAnchor.DECLARATION;

registerEnumType(StepClockAnchor, {
  name: 'StepClockAnchor',
  description:
    "What a step's target time counts from: DECLARATION of the incident (default), or BREACH_AWARENESS (the time the organisation became aware of a personal data breach or NIS incident, for 72-hour notifications).",
});
