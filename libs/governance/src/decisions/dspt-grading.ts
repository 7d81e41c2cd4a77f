import { GovernanceSettings } from '@muster/platform-config';

/** DSPT grading labels (data, as the guidance words them). */
export const LIKELIHOOD_LABELS = ['not occurred', 'not likely', 'likely', 'highly likely', 'occurred'] as const;
export const SEVERITY_LABELS = ['no adverse effect', 'minor', 'adverse', 'serious', 'catastrophic'] as const;

export type GradingThresholds = Pick<GovernanceSettings, 'reportableMinLikelihood' | 'reportableMinSeverity'>;

/** What the thresholds suggest (default: likelihood ≥ 3 "likely" and severity ≥ 2 "minor" → reportable). */
export function suggestedReportable(likelihood: number, severity: number, t: GradingThresholds): boolean {
  return likelihood >= t.reportableMinLikelihood && severity >= t.reportableMinSeverity;
}
