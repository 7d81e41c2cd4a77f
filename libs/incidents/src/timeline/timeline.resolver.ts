import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, CurrentPrincipal, Performs, Principal } from '@muster/platform-access';
import { Connection } from '@muster/platform-graphql';
import { IncidentTransitions } from '../incidents/incident-transitions';
import { AddTimelineEntryInput, CorrectTimelineEntryInput, IncidentTimelineArgs } from './timeline.inputs';
import { TimelineService } from './timeline.service';
import { TimelineConnection, TimelineEntry } from './timeline.types';

/** The incident timeline: a projection of the audit trail, plus manual entries. */
@Resolver(() => TimelineEntry)
export class TimelineResolver {
  constructor(private readonly timeline: TimelineService) {}

  @Query(() => TimelineConnection, {
    description: 'The timeline of an incident the caller may see, newest or oldest first.',
  })
  @Authenticated()
  incidentTimeline(
    @CurrentPrincipal() principal: Principal,
    @Args() args: IncidentTimelineArgs,
  ): Promise<Connection<TimelineEntry>> {
    return this.timeline.page(principal, args);
  }

  @Mutation(() => TimelineEntry, { description: 'A manual log entry (audited); never edited.' })
  @Allow(...IncidentTransitions.rolesFor('record'))
  @Performs(IncidentTransitions, 'record')
  addTimelineEntry(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddTimelineEntryInput,
  ): Promise<TimelineEntry> {
    return this.timeline.addEntry(principal, input);
  }

  @Mutation(() => TimelineEntry, {
    description: 'A correction of a manual entry: a new entry pointing at it; the original stays.',
  })
  @Allow(...IncidentTransitions.rolesFor('record'))
  @Performs(IncidentTransitions, 'record')
  correctTimelineEntry(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CorrectTimelineEntryInput,
  ): Promise<TimelineEntry> {
    return this.timeline.correctEntry(principal, input);
  }
}
