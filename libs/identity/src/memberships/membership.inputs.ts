import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Role } from '@muster/platform-access';

@InputType()
export class RevokeRoleInput {
  @Field(() => ID)
  @IsUUID('loose')
  userId: string;

  @Field(() => ID)
  @IsUUID('loose')
  organisationId: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;
}

@InputType()
export class GrantRoleInput extends RevokeRoleInput {
  @Field(() => ID, { nullable: true, description: 'A team of that organisation the role is held in.' })
  @IsOptional()
  @IsUUID('loose')
  teamId?: string;
}
