import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { FrameworkKind } from './framework-kind';

/** The largest framework file accepted (characters). */
export const MAX_FRAMEWORK_FILE = 1_000_000;

@InputType()
export class ImportAssuranceFrameworkInput {
  @Field({
    description:
      'The framework file as JSON: { key, name, version, kind, source?, description?, sections: [{ reference, name, sections?, requirements?: [{ reference, title, text?, appliesTo? }] }] } (up to 1,000,000 characters).',
  })
  @Length(2, MAX_FRAMEWORK_FILE)
  json: string;
}

@ArgsType()
export class AssuranceFrameworkIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class AssuranceFrameworksArgs {
  @Field(() => FrameworkKind, { nullable: true })
  @IsOptional()
  @IsEnum(FrameworkKind)
  kind?: FrameworkKind;
}
