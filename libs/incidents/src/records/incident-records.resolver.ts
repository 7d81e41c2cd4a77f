import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Performs, Principal } from '@muster/platform-access';
import { IncidentTransitions } from '../incidents/incident-transitions';
import {
  RecordCommandDecisionInput,
  RecordLessonInput,
  SubmitMethaneInput,
  SubmitSitRepInput,
} from './incident-records.inputs';
import { IncidentRecordsService } from './incident-records.service';
import { CommandDecision, Lesson, MethaneReport, SitRep } from './incident-records.types';

/** The records of a response: METHANE, SitReps, decisions, lessons. */
@Resolver()
export class IncidentRecordsResolver {
  constructor(private readonly records: IncidentRecordsService) {}

  @Mutation(() => MethaneReport, {
    description: 'A new revision of the METHANE report (every revision kept). Until the incident closes.',
  })
  @Allow(...IncidentTransitions.rolesFor('record'))
  @Performs(IncidentTransitions, 'record')
  submitMethane(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SubmitMethaneInput,
  ): Promise<MethaneReport> {
    return this.records.submitMethane(principal, input);
  }

  @Mutation(() => SitRep, {
    description:
      'A SitRep from a template, every field of it required; the next is due one cadence of the level later.',
  })
  @Allow(...IncidentTransitions.rolesFor('record'))
  @Performs(IncidentTransitions, 'record')
  submitSitRep(@CurrentPrincipal() principal: Principal, @Args('input') input: SubmitSitRepInput): Promise<SitRep> {
    return this.records.submitSitRep(principal, input);
  }

  @Mutation(() => CommandDecision, {
    description: 'A command decision (JESIP); immutable. An incident commander, by name.',
  })
  @Allow(...IncidentTransitions.rolesFor('decide'))
  @Performs(IncidentTransitions, 'decide')
  recordCommandDecision(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordCommandDecisionInput,
  ): Promise<CommandDecision> {
    return this.records.recordDecision(principal, input);
  }

  @Mutation(() => Lesson, { description: 'A lesson identified; a declared incident needs one to close.' })
  @Allow(...IncidentTransitions.rolesFor('record'))
  @Performs(IncidentTransitions, 'record')
  recordLesson(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordLessonInput): Promise<Lesson> {
    return this.records.recordLesson(principal, input);
  }
}
