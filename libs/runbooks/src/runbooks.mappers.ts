import { DEFAULT_CLOCK_ANCHOR } from './steps/step-clock-anchor';
import { RunbookEntity } from './runbooks/runbook.entity';
import { Runbook } from './runbooks/runbook.types';
import { RunbookStepEntity } from './steps/runbook-step.entity';
import { RunbookStep } from './steps/runbook-step.types';
import { RunbookVersionEntity, RunbookVersionStep } from './versions/runbook-version.entity';
import { RunbookVersion } from './versions/runbook-version.types';

/** Entities → API types, field by field, so a new column is never exposed by accident. */
export function toRunbook(r: RunbookEntity): Runbook {
  return {
    id: r.id,
    organisationId: r.organisationId,
    title: r.title,
    description: r.description,
    categories: r.categories,
    status: r.status,
    isTemplate: r.isTemplate,
    templateRunbookId: r.templateRunbookId,
    latestVersionNumber: r.latestVersionNumber,
    reviewIntervalMonths: r.reviewIntervalMonths,
    nextReviewAt: r.nextReviewAt,
    submittedAt: r.submittedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
    retiredAt: r.retiredAt,
    retirementReason: r.retirementReason,
    lastReviewedAt: r.lastReviewedAt,
    ownerUserId: r.ownerUserId,
    retiredById: r.retiredBy,
    lastReviewedById: r.lastReviewedBy,
    submittedById: r.submittedBy,
    currentVersionId: r.currentVersionId,
    adoptedTemplateVersion: r.adoptedTemplateVersion,
  };
}

export function toStep(s: RunbookStepEntity | RunbookVersionStep): RunbookStep {
  return {
    id: s.id,
    position: s.position,
    title: s.title,
    function: s.function,
    responsibleRole: s.responsibleRole,
    designation: s.designation ?? null,
    instructions: s.instructions,
    targetMinutes: s.targetMinutes,
    clockAnchor: s.clockAnchor ?? DEFAULT_CLOCK_ANCHOR,
    mandatory: s.mandatory,
    dependsOn: s.dependsOn,
    templateStepId: s.templateStepId,
  };
}

export function toVersion(v: RunbookVersionEntity): RunbookVersion {
  return {
    id: v.id,
    runbookId: v.runbookId,
    organisationId: v.organisationId,
    versionNumber: v.versionNumber,
    title: v.title,
    description: v.description,
    categories: v.categories,
    steps: v.steps.map(toStep),
    reviewIntervalMonths: v.reviewIntervalMonths,
    submittedAt: v.submittedAt,
    approvedAt: v.approvedAt,
    basedOnTemplateVersion: v.basedOnTemplateVersion,
    submittedById: v.submittedBy,
    approvedById: v.approvedBy,
  };
}
