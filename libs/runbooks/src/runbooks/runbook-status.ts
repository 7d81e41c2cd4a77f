import { registerEnumType } from '@nestjs/graphql';

/**
 * Lifecycle of a runbook's working copy. The version in force is separate
 * (`runbook.current_version_id`): a runbook being revised is DRAFT or IN_REVIEW again
 * while its last approved version stays in force.
 */
export enum RunbookStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  RETIRED = 'RETIRED',
}

registerEnumType(RunbookStatus, {
  name: 'RunbookStatus',
  description: 'DRAFT → IN_REVIEW → APPROVED → RETIRED; an approved runbook is revised by drafting a new version.',
});
