import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, JSONScalar } from '@muster/platform-graphql';

export enum AuditActorType {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}

registerEnumType(AuditActorType, {
  name: 'AuditActorType',
  description: 'Who made an audited change: a person, a machine key, or Muster itself.',
});

@ObjectType({ description: 'Who made the change, as recorded at the time.' })
export class AuditActor {
  @Field(() => AuditActorType)
  type: AuditActorType;

  @Field(() => ID, { nullable: true, description: 'User or API key id; null for the system.' })
  id: string | null;

  @Field({ description: 'Email or key name at the time of the change.' })
  label: string;
}

@ObjectType({ description: 'One audited change: a link of its organisation’s hash chain.' })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The organisation id, or `ics` for ICS-wide events.' })
  chainId: string;

  @Field(() => Float, { description: 'Position in the chain, from 1, without gaps.' })
  seq: number;

  @Field()
  occurredAt: Date;

  @Field(() => AuditActor)
  actor: AuditActor;

  @Field(() => ID, { nullable: true, description: 'The organisation acted for; null for ICS-wide events.' })
  organisationId: string | null;

  @Field(() => [String], { description: 'Roles the actor held, as ROLE@organisationId.' })
  roles: string[];

  @Field({ description: 'Dotted verb, e.g. `incident.declared`.' })
  action: string;

  @Field()
  entityType: string;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The incident the change concerns, if any.' })
  incidentId: string | null;

  @Field({ description: 'One line for people.' })
  summary: string;

  @Field(() => JSONScalar, { nullable: true, description: 'Before/after of the changed fields, or the input.' })
  changes: unknown;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  clientAddress: string | null;

  @Field({ description: 'Hash of the previous event of the chain (64 zeros for the first).' })
  prevHash: string;

  @Field({ description: 'SHA-256 (or HMAC-SHA-256) of this event’s canonical JSON, previous hash included.' })
  hash: string;
}

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEventConnection');

@ObjectType({ description: 'Whether a hash chain (or part of it) holds.' })
export class AuditChainVerification {
  @Field({ description: 'The organisation id, or `ics`.' })
  chainId: string;

  @Field()
  valid: boolean;

  @Field(() => Int, { description: 'Events checked.' })
  checked: number;

  @Field(() => Float, { nullable: true, description: 'First sequence checked (null when the range held no event).' })
  fromSeq: number | null;

  @Field(() => Float, { nullable: true })
  toSeq: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hash of the last event checked: keep it to detect a cut tail later.',
  })
  headHash: string | null;

  @Field(() => Float, { nullable: true, description: 'First sequence at which the chain does not hold.' })
  firstBrokenSeq: number | null;

  @Field(() => String, { nullable: true, description: 'What is wrong there, in one line.' })
  reason: string | null;
}
