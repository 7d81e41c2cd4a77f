import { Module } from '@nestjs/common';
import { DsptGradingResolver } from './decisions/dspt-grading.resolver';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IncidentsModule } from '@muster/incidents';
import { NotificationsModule } from '@muster/notifications';
import { IgDecisionsService } from './decisions/ig-decisions.service';
import { IgNotificationsService } from './decisions/ig-notifications.service';
import { GOVERNANCE_ENTITIES } from './governance.entities';
import { IgClosureCheck } from './ig-closure-check';
import { IgHistoryVisibility } from './ig-history-visibility';
import { IgLive } from './ig-live';
import { IgLoaders } from './ig.loaders';
import { IgMutationsResolver } from './ig-mutations.resolver';
import { IgIncidentResolver, IgResolver } from './ig.resolver';
import { IgStore } from './ig.store';
import { IgDeadlineJobs } from './notices/ig-deadline.jobs';
import { IgNotices } from './notices/ig-notices';
import { IgReviewJobs } from './notices/ig-review.jobs';
import { IgThreadsService } from './threads/ig-threads.service';

/**
 * Governance: the IG decision log — per incident and data controller, the awareness time and
 * its clocks (72 hours, DSPT senior management, Art. 33(2) processor), immutable decisions
 * superseded by later ones, notifications in phases, the clock's warnings on the scheduler,
 * and the incidents' closure check. Decision content is shown only to those who may see it,
 * on every path (see IgAccess).
 */
@Module({
  imports: [TypeOrmModule.forFeature([...GOVERNANCE_ENTITIES]), NotificationsModule, IncidentsModule],
  providers: [
    IgStore,
    IgLive,
    IgNotices,
    IgDeadlineJobs,
    IgReviewJobs,
    IgThreadsService,
    IgDecisionsService,
    IgNotificationsService,
    IgClosureCheck,
    IgHistoryVisibility,
    IgLoaders,
    IgResolver,
    DsptGradingResolver,
    IgIncidentResolver,
    IgMutationsResolver,
  ],
  // Reading threads and decisions as the caller may see them (reporting's incident report).
  exports: [IgThreadsService, IgDecisionsService],
})
export class GovernanceModule {}
