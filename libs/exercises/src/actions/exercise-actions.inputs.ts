import { Field, ID, InputType, OmitType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsUUID, ValidateNested } from 'class-validator';
import { CreateAssignmentInput } from '@muster/assignments';

/**
 * One action of an exercise finding: an assignment's fields but its source (the finding) and
 * dependencies, validated as createAssignment's are. The owning organisation must be the
 * exercise's organiser or a participant (checked by the service).
 */
@InputType({ description: 'One action of an exercise finding: an assignment for the organiser or a participant.' })
export class ExerciseActionInput extends OmitType(CreateAssignmentInput, ['source', 'dependsOn'] as const, InputType) {}

@InputType()
export class RaiseExerciseActionsInput {
  @Field(() => ID, { description: 'The finding the actions answer.' })
  @IsUUID()
  findingId: string;

  @Field(() => [ExerciseActionInput], { description: '1–20 actions.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ExerciseActionInput)
  actions: ExerciseActionInput[];
}
