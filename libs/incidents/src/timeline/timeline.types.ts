import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@muster/platform-graphql';

@ObjectType({
  description:
    "An entry of the incident timeline: an audit event that carries the incident's id (transitions, roles, SitReps, decisions, and what other domains record on it), or a manual entry (itself audited). Never edited: a correction is a new entry.",
})
export class TimelineEntry {
  @Field(() => ID, { description: "The audit event's id." })
  id: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field({ description: 'The audit action, e.g. `incident.declared`.' })
  action: string;

  @Field({ description: 'One line a person reads.' })
  summary: string;

  @Field({ description: "Who did it: a person's email, an API key's name, or system." })
  actorLabel: string;

  @Field()
  manual: boolean;

  @Field(() => ID, { nullable: true, description: "Manual entries: the entry's own id (what a correction points at)." })
  entryId: string | null;

  @Field(() => String, { nullable: true, description: 'Manual entries: the text as written.' })
  text: string | null;

  @Field(() => ID, { nullable: true, description: 'A correction: the `entryId` of the entry it corrects.' })
  correctsEntryId: string | null;
}

@ObjectType()
export class TimelineConnection extends ConnectionType(TimelineEntry, 'TimelineConnection') {}
