import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TemplateConflictChoice, TemplateStepChange } from './template-merge';

registerEnumType(TemplateStepChange, {
  name: 'TemplateStepChange',
  description: 'How a step differs between two sides of a template update.',
  valuesMap: {
    ADDED: { description: "New on that side (an ICS template step, or a step of the organisation's own)." },
    REMOVED: { description: 'Removed on that side.' },
    CHANGED: { description: 'Changed on that side: see the fields.' },
    DEPENDED_ON: { description: 'Unchanged by the organisation, but steps of its own depend on it.' },
  },
});

registerEnumType(TemplateConflictChoice, {
  name: 'TemplateConflictChoice',
  description: 'What to do with a step both the organisation and the template changed.',
  valuesMap: {
    KEEP_LOCAL: { description: "Keep the organisation's version of the step (or its removal)." },
    TAKE_TEMPLATE: { description: "Take the template's version of the step (or its removal)." },
  },
});

@ObjectType({
  description:
    'A step that differs between the adopted template version and the newer one, or between it and the draft.',
})
export class TemplateStepDifference {
  @Field(() => ID, {
    nullable: true,
    description: "The ICS template's step; null for a step of the organisation's own.",
  })
  templateStepId: string | null;

  @Field(() => ID, { nullable: true, description: "The draft's step; null when the draft does not have it." })
  stepId: string | null;

  @Field()
  title: string;

  @Field(() => TemplateStepChange)
  change: TemplateStepChange;

  @Field(() => [String], { description: 'For CHANGED: the fields that differ (dependsOn for its dependencies).' })
  fields: string[];
}

@ObjectType({
  description: 'A step the organisation and the template both changed, differently: the update needs a choice for it.',
})
export class TemplateUpdateConflict {
  @Field(() => ID, { description: 'Name it in UpdateRunbookFromTemplateInput.resolutions.' })
  templateStepId: string;

  @Field(() => ID, { nullable: true, description: "The draft's step; null when the organisation removed it." })
  stepId: string | null;

  @Field()
  title: string;

  @Field(() => TemplateStepChange)
  local: TemplateStepChange;

  @Field(() => [String])
  localFields: string[];

  @Field(() => TemplateStepChange)
  template: TemplateStepChange;

  @Field(() => [String])
  templateFields: string[];
}

@ObjectType({
  description:
    "What updateRunbookFromTemplate would do: the template's changes since the adopted version, the organisation's own steps and edits (all kept), and the conflicts that need a choice.",
})
export class TemplateUpdatePreview {
  @Field(() => ID)
  runbookId: string;

  @Field(() => ID)
  templateId: string;

  @Field(() => Int, { description: 'The template version the draft is based on.' })
  adoptedVersion: number;

  @Field(() => Int, { description: "The template's latest approved version." })
  latestVersion: number;

  @Field({ description: 'The draft is based on the latest version: an update changes nothing.' })
  upToDate: boolean;

  @Field(() => [TemplateStepDifference], {
    description: 'Template steps added, removed or changed since the adopted version (applied unless in conflict).',
  })
  templateChanges: TemplateStepDifference[];

  @Field(() => [TemplateStepDifference], {
    description: "The organisation's own steps (ADDED) and its edits and removals of template steps: kept.",
  })
  localChanges: TemplateStepDifference[];

  @Field(() => [TemplateUpdateConflict])
  conflicts: TemplateUpdateConflict[];
}
