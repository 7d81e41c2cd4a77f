import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssignmentsModule } from '@muster/assignments';
import { IdentityModule } from '@muster/identity';
import { NotificationsModule } from '@muster/notifications';
import { AssessmentGapsService } from './assessments/assessment-gaps.service';
import { AssessmentLifecycleService } from './assessments/assessment-lifecycle.service';
import { AssessmentNotices } from './assessments/assessment-notices';
import { AssessmentMutationsResolver } from './assessments/assessment-mutations.resolver';
import { AssessmentQueriesService } from './assessments/assessment-queries.service';
import { AssessmentRatingResolver, AssessmentResolver } from './assessments/assessment.resolver';
import { AssessmentStore } from './assessments/assessment.store';
import { BandPolicy } from './assessments/band-policy';
import { AssuranceLoaders } from './assurance.loaders';
import { ASSURANCE_ENTITIES } from './assurance.entities';
import { FrameworkImportService } from './frameworks/framework-import.service';
import { FrameworkQueriesService } from './frameworks/framework-queries.service';
import { FrameworkResolver } from './frameworks/framework.resolver';
import { FrameworkStore } from './frameworks/framework.store';

/**
 * Assurance: frameworks (EPRR core standards, the CAF-aligned DSPT) imported as versioned
 * data; organisations' assessments against them (DRAFT → SUBMITTED → CONFIRMED →
 * PUBLISHED), bands and the CAF roll-up, gaps raised as assignments, and the ICS view.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...ASSURANCE_ENTITIES]), IdentityModule, NotificationsModule, AssignmentsModule],
  providers: [
    FrameworkStore,
    AssessmentStore,
    AssessmentNotices,
    BandPolicy,
    FrameworkImportService,
    FrameworkQueriesService,
    AssessmentLifecycleService,
    AssessmentGapsService,
    AssessmentQueriesService,
    AssuranceLoaders,
    FrameworkResolver,
    AssessmentResolver,
    AssessmentRatingResolver,
    AssessmentMutationsResolver,
  ],
  exports: [FrameworkImportService, AssessmentLifecycleService, AssessmentGapsService],
})
export class AssuranceModule {}
