import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationKind } from '@muster/identity';
import { IncidentCategory, RunbookStatus } from '@muster/runbooks';
import { CriterionStatus, ReadinessCriterion, ReadinessStatus } from '../rules/readiness.enums';

const SCORE =
  'Share of the evaluated criteria that pass, 0 to 1 with 2 decimals. UNKNOWN criteria (exercises are not recorded in ' +
  'Muster yet) and NOT_APPLICABLE ones (TEMPLATE_CURRENT of a runbook of its own) are left out of the denominator. Null ' +
  'when nothing can be evaluated. docs/readiness.md states every rule.';

@ObjectType({ description: 'One readiness check of a runbook and why it passed or failed.' })
export class ReadinessCriterionResult {
  @Field(() => ReadinessCriterion)
  criterion: ReadinessCriterion;

  @Field(() => CriterionStatus)
  status: CriterionStatus;

  @Field({ description: 'Why, in one sentence.' })
  reason: string;
}

@ObjectType({ description: 'Readiness of one live (not template, not retired) runbook of an organisation.' })
export class RunbookReadiness {
  @Field(() => ID)
  runbookId: string;

  @Field()
  title: string;

  @Field(() => RunbookStatus)
  status: RunbookStatus;

  @Field(() => [IncidentCategory])
  categories: IncidentCategory[];

  @Field(() => Int, { nullable: true, description: 'The approved version in force; null before the first approval.' })
  approvedVersionNumber: number | null;

  @Field(() => [ReadinessCriterionResult])
  criteria: ReadinessCriterionResult[];

  @Field(() => Float, { nullable: true, description: SCORE })
  score: number | null;

  @Field(() => [String], { description: 'The failures, in words an EPRR lead can act on.' })
  gaps: string[];
}

@ObjectType({ description: 'Readiness of an organisation for one incident category.' })
export class CategoryReadiness {
  @Field(() => IncidentCategory)
  category: IncidentCategory;

  @Field(() => ReadinessStatus)
  status: ReadinessStatus;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean of the scores of its runbooks for the category (a never-approved runbook beside an approved one of the category is ' +
      'work in progress, listed but left out); 0 when an ICS template covers it but no runbook does; null when NOT_APPLICABLE.',
  })
  score: number | null;

  @Field(() => [ID])
  runbookIds: string[];

  @Field(() => [String])
  gaps: string[];
}

@ObjectType({ description: 'The organisation readiness is about.' })
export class ReadinessOrganisation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  odsCode: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;
}

@ObjectType({
  description:
    'Readiness of an organisation, derived on every read from its runbooks, people and the ICS templates: per runbook, ' +
    'per incident category, and the gaps to close.',
})
export class OrganisationReadiness {
  @Field(() => ReadinessOrganisation)
  organisation: ReadinessOrganisation;

  @Field({ description: 'The server time the criteria were judged at.' })
  evaluatedAt: Date;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the category scores (categories not applicable left out).',
  })
  score: number | null;

  @Field(() => [RunbookReadiness], { description: 'Live runbooks, by title.' })
  runbooks: RunbookReadiness[];

  @Field(() => [CategoryReadiness], {
    description:
      'Categories an ICS template or one of its runbooks covers; NOT_APPLICABLE (unscored) where the category does not apply to it.',
  })
  categories: CategoryReadiness[];

  @Field(() => [String], {
    description:
      'Every gap once: missing runbooks first, then each runbook’s gaps (runbooks only of categories that do not apply left out).',
  })
  gaps: string[];
}

@ObjectType({ description: 'A row of the readiness matrix.' })
export class OrganisationReadinessSummary extends ReadinessOrganisation {
  @Field(() => Float, { nullable: true, description: 'Mean of its cells in this matrix.' })
  score: number | null;

  @Field(() => Int)
  gapCount: number;
}

@ObjectType({ description: 'A column of the readiness matrix.' })
export class CategoryReadinessSummary {
  @Field(() => IncidentCategory)
  category: IncidentCategory;

  @Field(() => Float, { nullable: true, description: 'Mean of the applicable cells of the column.' })
  score: number | null;

  @Field(() => Int)
  gapCount: number;
}

@ObjectType({ description: 'Readiness of one organisation for one incident category.' })
export class ReadinessCell {
  @Field(() => ID)
  organisationId: string;

  @Field(() => IncidentCategory)
  category: IncidentCategory;

  @Field(() => ReadinessStatus)
  status: ReadinessStatus;

  @Field(() => Float, { nullable: true, description: 'As CategoryReadiness.score; null when NOT_APPLICABLE.' })
  score: number | null;

  @Field(() => Int, {
    description: 'Gaps of its runbooks (a runbook for two categories counts in both), or 1 when NOT_COVERED.',
  })
  gapCount: number;

  @Field(() => Int)
  runbookCount: number;
}

@ObjectType({
  description:
    'The readiness matrix of the ICS: organisations × incident categories. Columns are the categories an ICS template or any ' +
    'runbook covers (or the one asked for).',
})
export class SystemReadiness {
  @Field()
  evaluatedAt: Date;

  @Field(() => Float, { nullable: true, description: 'Mean of the applicable cells.' })
  score: number | null;

  @Field(() => [OrganisationReadinessSummary], { description: 'Every organisation of the ICS, by name.' })
  organisations: OrganisationReadinessSummary[];

  @Field(() => [CategoryReadinessSummary])
  categories: CategoryReadinessSummary[];

  @Field(() => [ReadinessCell], { description: 'One per organisation and category, in the order of the two lists.' })
  cells: ReadinessCell[];
}
