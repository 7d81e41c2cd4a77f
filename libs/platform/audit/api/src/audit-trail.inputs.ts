import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PageArgs } from '@muster/platform-graphql';

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const HASH = /^[0-9a-f]{64}$/;

@InputType({ description: 'Every field narrows the trail; none set means all you may read.' })
export class AuditTrailFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('loose')
  organisationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'User or API key id.' })
  @IsOptional()
  @IsUUID('loose')
  actorId?: string;

  @Field({ nullable: true, description: 'Exact action, e.g. `runbook.approved`.' })
  @IsOptional()
  @IsString()
  @Matches(ACTION, { message: 'must be a dotted action such as runbook.approved' })
  action?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('loose')
  incidentId?: string;

  // Type: the export takes this filter from a query string, where dates are text.
  @Field({ nullable: true, description: 'Occurred at or after.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Occurred before.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field(() => AuditTrailFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditTrailFilter)
  filter?: AuditTrailFilter;
}

@ArgsType()
export class AuditHistoryArgs extends PageArgs {
  @Field()
  @IsString()
  @Length(1, 100)
  entityType: string;

  @Field()
  @IsString()
  @Length(1, 200)
  entityId: string;
}

@ArgsType()
export class VerifyAuditChainArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The organisation whose chain to verify; omit for the ICS-wide chain.',
  })
  @IsOptional()
  @IsUUID('loose')
  organisationId?: string;

  @Field({ nullable: true, description: 'Verify from the first event that occurred at or after this time.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Verify up to the last event that occurred before this time.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field({ nullable: true, description: 'A head hash kept outside Muster earlier: the chain must still contain it.' })
  @IsOptional()
  @Matches(HASH, { message: 'must be 64 lower-case hex digits' })
  expectedHeadHash?: string;
}
