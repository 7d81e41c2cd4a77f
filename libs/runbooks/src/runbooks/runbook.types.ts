import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@muster/platform-graphql';
import { IncidentCategory } from '../incident-category';
import { RunbookStatus } from './runbook-status';

/** A person named on a runbook (owner, submitter, approver). */
@ObjectType()
export class RunbookPerson {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field({ description: 'False once the person has been deactivated.' })
  active: boolean;
}

@ObjectType({ description: 'Where an adopted runbook stands against the ICS template it was copied from.' })
export class RunbookTemplateStatus {
  @Field(() => ID)
  templateId: string;

  @Field()
  templateTitle: string;

  @Field(() => Int, { description: 'Template version the working copy is based on.' })
  adoptedVersion: number;

  @Field(() => Int, { description: 'Latest approved version of the template.' })
  latestVersion: number;

  @Field({ description: 'The template has a newer approved version than the one adopted.' })
  behind: boolean;
}

/**
 * A runbook of an organisation, or an ICS template (`isTemplate`). `steps` are the
 * working copy; `currentVersion` is the approved version in force.
 */
@ObjectType()
export class Runbook {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [IncidentCategory])
  categories: IncidentCategory[];

  @Field(() => RunbookStatus)
  status: RunbookStatus;

  @Field()
  isTemplate: boolean;

  @Field(() => ID, { nullable: true })
  templateRunbookId: string | null;

  @Field(() => Int)
  latestVersionNumber: number;

  @Field(() => Int)
  reviewIntervalMonths: number;

  @Field(() => Date, {
    nullable: true,
    description: 'Approval time plus the review interval; null before the first approval.',
  })
  nextReviewAt: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int, { description: 'Pass back as `version` to refuse a change made on a stale copy.' })
  version: number;

  @Field(() => Date, { nullable: true })
  retiredAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was retired (null for retirements from before a reason was required).',
  })
  retirementReason: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The last review of the version in force: its approval, or a later review without change.',
  })
  lastReviewedAt: Date | null;

  // Kept for field resolvers, not exposed directly.
  ownerUserId: string | null;
  retiredById: string | null;
  lastReviewedById: string | null;
  submittedById: string | null;
  currentVersionId: string | null;
  adoptedTemplateVersion: number | null;
}

export const RunbookConnection = ConnectionType(Runbook, 'RunbookConnection');
