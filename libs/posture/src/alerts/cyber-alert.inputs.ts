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
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs, Trim } from '@muster/platform-graphql';
import { CyberAlertResponseState, CyberAlertSeverity } from './cyber-alert-enums';

/** NHS England's cyber alert references: CC-4567. */
const REFERENCE = /^CC-[0-9]{1,6}$/;

@InputType()
export class RecordCyberAlertInput {
  @Field({ description: "NHS England's reference, e.g. CC-4567: an alert is recorded once." })
  @Trim()
  @Matches(REFERENCE, { message: 'reference must be an NHS cyber alert reference such as CC-4567' })
  reference: string;

  @Field({ description: '3–200 characters.' })
  @Trim()
  @Length(3, 200)
  title: string;

  @Field(() => CyberAlertSeverity)
  @IsEnum(CyberAlertSeverity)
  severity: CyberAlertSeverity;

  @Field({ nullable: true, description: 'What the alert says, in short (up to 4,000 characters).' })
  @IsOptional()
  @Trim()
  @MaxLength(4000)
  summary?: string;

  @Field({ description: 'When NHS England issued it: not in the future. The clocks run from it.' })
  @Type(() => Date)
  @IsDate()
  issuedAt: Date;

  @Field(() => [ID], {
    nullable: true,
    description: 'The organisations it goes to (up to 500); every organisation of the ICS but the SOC when omitted.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  organisationIds?: string[];
}

@InputType()
export class AcknowledgeCyberAlertInput {
  @Field(() => ID, { description: "The organisation's response to the alert." })
  @IsUUID()
  responseId: string;

  @Field(() => Int, { description: 'The version of the response you saw; a newer one is a CONFLICT.' })
  @IsInt()
  version: number;
}

@InputType()
export class StateCyberAlertApplicabilityInput extends AcknowledgeCyberAlertInput {
  @Field({ description: 'Whether the alert applies to the organisation (the product or version is in use).' })
  @IsBoolean()
  applicable: boolean;

  @Field({ description: 'Why, or what is affected (3–2,000 characters).' })
  @Trim()
  @Length(3, 2000)
  words: string;
}

@InputType()
export class CyberAlertWordsInput extends AcknowledgeCyberAlertInput {
  @Field({ description: 'The progress update, or how it was remediated when closing (3–2,000 characters).' })
  @Trim()
  @Length(3, 2000)
  words: string;
}

@InputType()
export class CyberAlertFilter {
  @Field(() => ID, { nullable: true, description: 'Alerts with a response of this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => CyberAlertResponseState, { nullable: true, description: 'Alerts with a response in this state.' })
  @IsOptional()
  @IsEnum(CyberAlertResponseState)
  state?: CyberAlertResponseState;

  @Field({
    nullable: true,
    description:
      'Alerts with a response overdue (true) or one not overdue (false): acknowledgement or first update past due.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

@ArgsType()
export class CyberAlertsArgs extends PageArgs {
  @Field(() => CyberAlertFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CyberAlertFilter)
  filter?: CyberAlertFilter;
}

@ArgsType()
export class CyberAlertIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
