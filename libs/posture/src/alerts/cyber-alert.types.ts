import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@muster/platform-graphql';
import { CyberAlertResponseState, CyberAlertSeverity } from './cyber-alert-enums';

@ObjectType({ description: 'A progress update on a response: appended, never changed.' })
export class CyberAlertUpdate {
  @Field(() => ID)
  id: string;

  responseId: string;

  @Field()
  words: string;

  @Field(() => ID)
  recordedById: string;

  @Field()
  recordedAt: Date;
}

@ObjectType({ description: "An organisation's response to an NHS cyber alert." })
export class CyberAlertResponse {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  alertId: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => CyberAlertResponseState)
  state: CyberAlertResponseState;

  @Field({ description: 'When the SOC recorded the alert for the organisation.' })
  receivedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'A high-severity alert: acknowledged by then (issue + CYBER_ALERT_ACK_HOURS); none for others.',
  })
  acknowledgeBy: Date | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => ID, { nullable: true })
  acknowledgedById: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Acknowledged by its deadline; null without a deadline or while it is still open.',
  })
  acknowledgedInTime: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the alert applies; null until stated.' })
  applicable: boolean | null;

  @Field(() => String, { nullable: true })
  applicabilityWords: string | null;

  @Field(() => Date, { nullable: true })
  applicabilityStatedAt: Date | null;

  @Field({ description: 'The first progress update is due by then (issue + CYBER_ALERT_FIRST_UPDATE_DAYS).' })
  firstUpdateDueAt: Date;

  @Field(() => Date, { nullable: true })
  firstUpdateAt: Date | null;

  @Field(() => Int)
  updateCount: number;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true })
  closingWords: string | null;

  @Field({
    description:
      'Unclosed with its acknowledgement or first update past due (one stated not applicable owes no update).',
  })
  overdue: boolean;

  @Field(() => ID, { nullable: true, description: 'The one assignment raised when it fell overdue.' })
  overdueAssignmentId: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: 'An NHS cyber alert as the SOC recorded it for the organisations it goes to.' })
export class CyberAlert {
  @Field(() => ID)
  id: string;

  @Field({ description: "NHS England's reference, e.g. CC-4567." })
  reference: string;

  @Field()
  title: string;

  @Field(() => CyberAlertSeverity)
  severity: CyberAlertSeverity;

  @Field()
  summary: string;

  @Field()
  issuedAt: Date;

  @Field()
  recordedAt: Date;

  @Field(() => ID)
  recordedByOrganisationId: string;

  @Field()
  recordedByOrganisationName: string;

  /** The organisations whose responses the caller sees (null: all); not in the API. */
  visibleOrganisationIds: readonly string[] | null;
}

export const CyberAlertConnection = ConnectionType(CyberAlert, 'CyberAlertConnection');
