import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@muster/notifications';
import { IncidentCategoryResolver } from './categories/incident-category.resolver';
import { RunbookLoaders } from './runbooks.loaders';
import { RUNBOOK_ENTITIES } from './runbooks.entities';
import { ReviewPolicy } from './runbooks/review-policy';
import { ReviewReminderStore } from './runbooks/review-reminder.store';
import { RunbookReviewReminders } from './runbooks/review-reminders';
import { RunbookLifecycleService } from './runbooks/runbook-lifecycle.service';
import { RunbookMutationsResolver } from './runbooks/runbook-mutations.resolver';
import { RunbookOwnerCandidatesResolver } from './runbooks/runbook-owner-candidates.resolver';
import { RunbookOwnerCandidatesService } from './runbooks/runbook-owner-candidates.service';
import { RunbookNotices } from './runbooks/runbook-notices';
import { RunbookQueriesService } from './runbooks/runbook-queries.service';
import { RunbookStore } from './runbooks/runbook.store';
import { RunbookResolver } from './runbooks/runbook.resolver';
import { RunbookStepResolver } from './steps/runbook-step.resolver';
import { RunbookStepStore } from './steps/runbook-step.store';
import { RunbookStepsService } from './steps/runbook-steps.service';
import { TemplateAdoptionResolver } from './templates/template-adoption.resolver';
import { TemplateAdoptionService } from './templates/template-adoption.service';
import { TemplateUpdateResolver } from './templates/update/template-update.resolver';
import { TemplateUpdateService } from './templates/update/template-update.service';
import { RunbookVersionPublisher } from './versions/runbook-version-publisher';
import { RunbookVersionStore } from './versions/runbook-version.store';
import { RunbookVersionResolver } from './versions/runbook-version.resolver';

/** Runbooks: lifecycle, steps, immutable versions, ICS templates and their adoption. */
@Module({
  imports: [TypeOrmModule.forFeature([...RUNBOOK_ENTITIES]), NotificationsModule],
  providers: [
    IncidentCategoryResolver,
    ReviewPolicy,
    RunbookStore,
    RunbookStepStore,
    RunbookVersionStore,
    RunbookVersionPublisher,
    RunbookNotices,
    ReviewReminderStore,
    RunbookReviewReminders,
    RunbookLifecycleService,
    RunbookStepsService,
    TemplateAdoptionService,
    TemplateUpdateService,
    RunbookQueriesService,
    RunbookOwnerCandidatesService,
    RunbookOwnerCandidatesResolver,
    RunbookLoaders,
    RunbookResolver,
    RunbookMutationsResolver,
    RunbookStepResolver,
    RunbookVersionResolver,
    TemplateAdoptionResolver,
    TemplateUpdateResolver,
  ],
})
export class RunbooksModule {}
