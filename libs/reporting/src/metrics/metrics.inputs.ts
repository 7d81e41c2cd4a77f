import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { METRIC_DEFINITIONS as D } from '../definitions/metric-definitions';
import { FIRST_YEAR, LAST_YEAR } from '../periods/metrics-period';

@InputType({ description: D.period.input })
export class MetricsPeriodInput {
  @Field({ nullable: true, description: 'A calendar month, YYYY-MM ("2026-10").' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a calendar month, YYYY-MM' })
  month?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The year the financial year starts in: 2026 is 2026/27 (1 April 2026 to 31 March 2027).',
  })
  @IsOptional()
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  financialYear?: number;
}

@ArgsType()
export class SystemMetricsArgs {
  @Field(() => MetricsPeriodInput)
  @ValidateNested()
  @Type(() => MetricsPeriodInput)
  period: MetricsPeriodInput;
}

@ArgsType()
export class OrganisationMetricsArgs extends SystemMetricsArgs {
  @Field(() => ID)
  @IsUUID('loose')
  organisationId: string;
}
