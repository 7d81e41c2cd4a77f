import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { Designation } from './designation';

@InputType()
export class DesignationInput {
  @Field(() => ID)
  @IsUUID('loose')
  organisationId: string;

  @Field(() => Designation)
  @IsEnum(Designation)
  designation: Designation;

  @Field(() => ID, { description: 'A member of the organisation.' })
  @IsUUID('loose')
  userId: string;
}

@ArgsType()
export class DesignationsArgs {
  @Field(() => ID)
  @IsUUID('loose')
  organisationId: string;
}
