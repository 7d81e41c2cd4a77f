import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "An organisation's SOC posture on a day, as the SOC reported it (ingested, not scanned)." })
export class PostureDay {
  @Field(() => ID)
  organisationId: string;

  @Field({ description: 'YYYY-MM-DD.' })
  day: string;

  @Field(() => Int)
  assetsInScope: number;

  @Field(() => Int)
  criticalOpen: number;

  @Field(() => Int)
  highOpen: number;

  @Field(() => Int)
  mediumOpen: number;

  @Field(() => Int)
  lowOpen: number;

  @Field(() => Int, { description: 'Critical vulnerabilities open longer than the patch target (PATCH_TARGET_DAYS).' })
  criticalPastTarget: number;

  @Field(() => Int, { description: 'High vulnerabilities open longer than the patch target (PATCH_TARGET_DAYS).' })
  highPastTarget: number;

  @Field(() => Float)
  patchCompliancePercent: number;

  @Field(() => Int, {
    description: '1 when first reported; +1 each time the SOC superseded the day with other values.',
  })
  revision: number;

  @Field()
  reportedAt: Date;

  @Field({ description: 'A critical vulnerability was past the patch target on the day.' })
  breached: boolean;

  @Field(() => ID, { nullable: true, description: 'The assignment the breach raised, when this day raised it.' })
  breachAssignmentId: string | null;
}

@ObjectType({ description: 'What one reportPosture call did.' })
export class PostureIngestion {
  @Field()
  day: string;

  @Field(() => Int, { description: 'Organisations reported for this day for the first time.' })
  recorded: number;

  @Field(() => Int, { description: 'Organisations whose day was reported before with other values, now superseded.' })
  superseded: number;

  @Field(() => Int, {
    description: 'Organisations whose day was reported before with the same values: nothing changed.',
  })
  unchanged: number;

  @Field(() => Int, { description: 'Assignments raised for critical vulnerabilities past the patch target.' })
  breachesRaised: number;

  @Field(() => Int, { description: 'The patch target the counts past target are measured against, in days.' })
  patchTargetDays: number;
}

@ObjectType({ description: "A row of the ICS league table: an organisation's latest posture on or before the day." })
export class PostureLeagueRow {
  @Field(() => Int, { description: '1 is the best posture.' })
  rank: number;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => PostureDay)
  posture: PostureDay;

  @Field(() => Int, {
    description:
      "NHS cyber alerts: the organisation's high-severity alert responses due to be acknowledged in the 12 months to the day (from the responses themselves).",
  })
  highCyberAlertsDue: number;

  @Field(() => Int, { description: 'Of highCyberAlertsDue, those acknowledged within CYBER_ALERT_ACK_HOURS (48 h).' })
  highCyberAlertsAcknowledgedInTime: number;
}
