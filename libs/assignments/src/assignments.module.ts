import { Module } from '@nestjs/common';
import { BreachAwarenessDue } from './activation/breach-awareness-due';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IncidentsModule } from '@muster/incidents';
import { NotificationsModule } from '@muster/notifications';
import { ASSIGNMENT_ENTITIES } from './assignments.entities';
import { AssignmentLoaders } from './assignments.loaders';
import { AssignmentGate } from './assignments/assignment-gate';
import { AssignmentLifecycleService } from './assignments/assignment-lifecycle.service';
import { AssignmentMutationsResolver } from './assignments/assignment-mutations.resolver';
import { AssignmentNotices } from './assignments/assignment-notices';
import { AssignmentQueriesService } from './assignments/assignment-queries.service';
import { AssignmentResolver } from './assignments/assignment.resolver';
import { AssignmentStandDownCheck } from './assignments/assignment-stand-down-check';
import { AssignmentStore } from './assignments/assignment.store';
import { OverdueEscalationJobs } from './assignments/overdue-escalation.jobs';
import { AssignmentLive } from './live/assignment-live';
import { AssignmentSubscriptionsResolver } from './live/assignment-subscriptions.resolver';
import { ActivationStore } from './activation/activation.store';
import { AssignedNoticesJobs } from './activation/assigned-notices.jobs';
import { RunbookActivationService } from './activation/runbook-activation.service';
import { RunbookActivationResolver } from './activation/runbook-activation.resolver';
import { ActivationLoaders } from './activation/activation.loaders';
import { ActivationSummaryStore } from './activation/activation-summary.store';
import { IncidentActivationsResolver } from './activation/incident-activations.resolver';

/**
 * Assignments: cross-functional work owned by an organisation and team, its lifecycle (the
 * transition table), dependencies, evidence, overdue escalation on the scheduler, live
 * updates, the incidents' stand-down check, and runbook activation on an incident.
 * `AssignmentLifecycleService.create` is how other domains raise one.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...ASSIGNMENT_ENTITIES]), NotificationsModule, IncidentsModule],
  providers: [
    BreachAwarenessDue,
    AssignmentStore,
    ActivationStore,
    AssignmentGate,
    AssignmentNotices,
    OverdueEscalationJobs,
    AssignedNoticesJobs,
    AssignmentLive,
    AssignmentLifecycleService,
    AssignmentQueriesService,
    RunbookActivationService,
    AssignmentStandDownCheck,
    AssignmentLoaders,
    AssignmentResolver,
    AssignmentMutationsResolver,
    AssignmentSubscriptionsResolver,
    RunbookActivationResolver,
    ActivationSummaryStore,
    ActivationLoaders,
    IncidentActivationsResolver,
  ],
  exports: [AssignmentLifecycleService, AssignmentQueriesService],
})
export class AssignmentsModule {}
