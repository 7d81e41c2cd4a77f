import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@muster/notifications';
import { CommandRoleCandidatesResolver } from './command/command-role-candidates.resolver';
import { CommandRoleCandidatesService } from './command/command-role-candidates.service';
import { IncidentCommandService } from './command/incident-command.service';
import { IncidentCommandStore } from './command/incident-command.store';
import { IncidentRoleRecipientsProvider } from './command/incident-role-recipients';
import { RoleHandover } from './command/role-handover';
import { INCIDENT_ENTITIES } from './incidents.entities';
import { IncidentLoaders } from './incidents.loaders';
import { BreachAwareness } from './incidents/breach-awareness';
import { INCIDENT_CHECKS, IncidentChecks } from './incidents/incident-checks';
import { IncidentGate } from './incidents/incident-gate';
import { IncidentLifecycleService } from './incidents/incident-lifecycle.service';
import { IncidentMutationsResolver } from './incidents/incident-mutations.resolver';
import { IncidentNotices } from './incidents/incident-notices';
import { IncidentQueriesService } from './incidents/incident-queries.service';
import { IncidentResolver, IncidentRoleHoldingResolver } from './incidents/incident.resolver';
import { IncidentStore } from './incidents/incident.store';
import { IncidentWatchers } from './incidents/incident-watchers';
import { IncidentDeliveries } from './live/incident-deliveries';
import { IncidentLive } from './live/incident-live';
import { IncidentSubscriptionsResolver } from './live/incident-subscriptions.resolver';
import { IncidentRecordsStore } from './records/incident-records.store';
import { SitRepCadence } from './records/sitrep-cadence';
import { SitRepTemplatesResolver } from './records/sitrep-templates.resolver';
import { SitRepDueJobs } from './records/sitrep-due.jobs';
import { IncidentRecordsResolver } from './records/incident-records.resolver';
import { IncidentRecordsService } from './records/incident-records.service';
import { TimelineResolver } from './timeline/timeline.resolver';
import { TimelineService } from './timeline/timeline.service';
import { TimelineStore } from './timeline/timeline.store';

/**
 * Incidents: report, declare and run an incident across the ICS — lifecycle (the
 * transition table), command roles, affected organisations, METHANE, SitReps, decisions,
 * lessons, the timeline (a projection of the audit trail) and live updates. Higher domains
 * register stand-down and closure checks through INCIDENT_CHECKS.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...INCIDENT_ENTITIES]), NotificationsModule],
  providers: [
    IncidentStore,
    IncidentCommandStore,
    IncidentRecordsStore,
    TimelineStore,
    IncidentChecks,
    BreachAwareness,
    IncidentWatchers,
    { provide: INCIDENT_CHECKS, useExisting: IncidentChecks },
    IncidentGate,
    RoleHandover,
    SitRepCadence,
    SitRepDueJobs,
    IncidentNotices,
    IncidentLive,
    IncidentDeliveries,
    IncidentRoleRecipientsProvider,
    IncidentLifecycleService,
    IncidentCommandService,
    CommandRoleCandidatesService,
    IncidentQueriesService,
    IncidentRecordsService,
    TimelineService,
    IncidentLoaders,
    IncidentResolver,
    IncidentRoleHoldingResolver,
    IncidentMutationsResolver,
    IncidentRecordsResolver,
    TimelineResolver,
    CommandRoleCandidatesResolver,
    SitRepTemplatesResolver,
    IncidentSubscriptionsResolver,
  ],
  exports: [BreachAwareness, IncidentWatchers, INCIDENT_CHECKS, IncidentQueriesService],
})
export class IncidentsModule {}
