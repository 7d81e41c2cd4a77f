import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsNumber,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DAY_PATTERN } from './posture-day';

const MAX_COUNT = 10_000_000;
/** One call reports a day for every organisation of the ICS: far fewer than this. */
export const MAX_REPORTS_PER_CALL = 500;

@InputType({ description: "One organisation's posture on the day, as the SOC's tooling measured it." })
export class OrganisationPostureInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => Int, { description: 'Assets (devices, servers, services) the SOC scans for the organisation.' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  assetsInScope: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  criticalOpen: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  highOpen: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  mediumOpen: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  lowOpen: number;

  @Field(() => Int, { description: 'Open critical vulnerabilities older than the patch target; at most criticalOpen.' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  criticalPastTarget: number;

  @Field(() => Int, { description: 'Open high vulnerabilities older than the patch target; at most highOpen.' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  highPastTarget: number;

  @Field(() => Float, { description: 'Share of assets fully patched, 0–100, two decimals kept.' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  patchCompliancePercent: number;
}

@InputType({ description: 'A day of posture for one or every organisation, in one call.' })
export class ReportPostureInput {
  @Field({ description: 'The day measured, YYYY-MM-DD.' })
  @Matches(DAY_PATTERN, { message: 'day must be YYYY-MM-DD' })
  day: string;

  @Field(() => [OrganisationPostureInput], { description: 'One entry per organisation; each at most once.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_REPORTS_PER_CALL)
  @ValidateNested({ each: true })
  @Type(() => OrganisationPostureInput)
  reports: OrganisationPostureInput[];
}

@ArgsType()
export class PostureSeriesArgs {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  @Matches(DAY_PATTERN, { message: 'from must be YYYY-MM-DD' })
  from: string;

  @Field({ description: 'Last day, YYYY-MM-DD; at most 12 months after from.' })
  @Matches(DAY_PATTERN, { message: 'to must be YYYY-MM-DD' })
  to: string;
}

@ArgsType()
export class PostureLeagueTableArgs {
  @Field({ description: "The day: each organisation's latest report on or before it, YYYY-MM-DD." })
  @Matches(DAY_PATTERN, { message: 'day must be YYYY-MM-DD' })
  day: string;
}

@InputType({
  description:
    'A day of posture as CSV: the header odsCode,assetsInScope,criticalOpen,highOpen,mediumOpen,lowOpen,criticalPastTarget,highPastTarget,patchCompliancePercent, then a row per organisation.',
})
export class ImportPostureCsvInput {
  @Field({ description: 'The day measured, YYYY-MM-DD.' })
  @Matches(DAY_PATTERN, { message: 'day must be YYYY-MM-DD' })
  day: string;

  @Field({ description: 'At most 500 rows; comma-separated, no quoting.' })
  @IsString()
  @MaxLength(100_000)
  csv: string;
}
