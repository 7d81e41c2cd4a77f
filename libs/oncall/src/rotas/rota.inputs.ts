import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Trim } from '@muster/platform-graphql';
import { OnCallDuty, Weekday } from '../duty';
import { LOCAL_DATE, TIME_OF_DAY } from './rota-pattern';

@ArgsType()
export class RotasArgs {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;
}

@ArgsType()
export class OnCallNowArgs {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => OnCallDuty)
  @IsEnum(OnCallDuty)
  duty: OnCallDuty;

  @Field({ nullable: true, description: 'The time asked about; now when left out.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  at?: Date;
}

@InputType()
export class CreateRotaInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => OnCallDuty)
  @IsEnum(OnCallDuty)
  duty: OnCallDuty;

  @Field({ nullable: true, defaultValue: false, description: 'The deputy rota of the duty.' })
  @IsOptional()
  @IsBoolean()
  deputy?: boolean;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;
}

@InputType()
export class RenameRotaInput {
  @Field(() => ID)
  @IsUUID()
  rotaId: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server is a CONFLICT.' })
  @IsInt()
  version: number;
}

@InputType({ description: "Sets the rota's layer of this rank (adds it, or replaces it)." })
export class SetRotaLayerInput {
  @Field(() => ID)
  @IsUUID()
  rotaId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(20)
  rank: number;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @Field(() => [ID], { description: "Members of the rota's organisation, in order." })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(52)
  participantIds: string[];

  @Field(() => Int, { description: '7 for weekly, 1 for daily.' })
  @IsInt()
  @Min(1)
  @Max(28)
  shiftDays: number;

  @Field(() => Weekday, { nullable: true, description: 'Required for shifts of whole weeks.' })
  @IsOptional()
  @IsEnum(Weekday)
  handoverWeekday?: Weekday;

  @Field({ description: 'HH:MM, Europe/London.' })
  @IsString()
  @Matches(TIME_OF_DAY)
  handoverTime: string;

  @Field({ description: 'YYYY-MM-DD: the first handover is this day or the next handover weekday.' })
  @IsString()
  @Matches(LOCAL_DATE)
  startsOn: string;

  @Field(() => [Weekday], { nullable: true, description: 'Every day when left out.' })
  @IsOptional()
  @IsEnum(Weekday, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  coversWeekdays?: Weekday[];

  @Field({ nullable: true, description: 'HH:MM; with coversTo, the hours the layer covers.' })
  @IsOptional()
  @IsString()
  @Matches(TIME_OF_DAY)
  coversFrom?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(TIME_OF_DAY)
  coversTo?: string;

  @Field(() => Int)
  @IsInt()
  version: number;
}

@InputType()
export class RemoveRotaLayerInput {
  @Field(() => ID)
  @IsUUID()
  rotaId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(20)
  rank: number;

  @Field(() => Int)
  @IsInt()
  version: number;
}

@InputType()
export class AddRotaOverrideInput {
  @Field(() => ID)
  @IsUUID()
  rotaId: string;

  @Field(() => ID, { description: 'Who covers: a member of the organisation.' })
  @IsUUID()
  userId: string;

  @Field()
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  endsAt: Date;

  @Field(() => ID, { description: 'Who agreed the swap or cover: a member of the organisation.' })
  @IsUUID()
  agreedByUserId: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

@InputType()
export class CancelRotaOverrideInput {
  @Field(() => ID)
  @IsUUID()
  overrideId: string;
}
