import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { RunbookRefInput } from '../../runbooks/runbook.inputs';
import { MAX_STEPS } from '../../steps/runbook-step.inputs';
import { TemplateConflictChoice } from './template-merge';

@ArgsType()
export class TemplateUpdatePreviewArgs {
  @Field(() => ID, { description: 'A runbook adopted from an ICS template.' })
  @IsUUID()
  runbookId: string;
}

@InputType()
export class TemplateConflictResolutionInput {
  @Field(() => ID, { description: 'TemplateUpdateConflict.templateStepId of the conflict.' })
  @IsUUID()
  templateStepId: string;

  @Field(() => TemplateConflictChoice)
  @IsEnum(TemplateConflictChoice)
  choice: TemplateConflictChoice;
}

@InputType()
export class UpdateRunbookFromTemplateInput extends RunbookRefInput {
  @Field(() => [TemplateConflictResolutionInput], {
    nullable: true,
    description: 'A choice for every conflict templateUpdatePreview lists (none when there is none).',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => TemplateConflictResolutionInput)
  @ArrayMaxSize(MAX_STEPS)
  resolutions?: TemplateConflictResolutionInput[];
}
