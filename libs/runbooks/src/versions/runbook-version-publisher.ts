import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { RunbookEntity } from '../runbooks/runbook.entity';
import { RunbookStepEntity } from '../steps/runbook-step.entity';
import { RunbookVersionEntity } from './runbook-version.entity';
import { RunbookVersionStore } from './runbook-version.store';
import { requiredRoles, snapshotSteps } from './version-snapshot';

/** Writes the immutable version an approval publishes. */
@Injectable()
export class RunbookVersionPublisher {
  constructor(private readonly versions: RunbookVersionStore) {}

  async publish(
    tx: Transaction,
    runbook: RunbookEntity,
    steps: readonly RunbookStepEntity[],
    approvedBy: string | null,
  ): Promise<RunbookVersionEntity> {
    const snapshot = snapshotSteps(steps);
    const version: RunbookVersionEntity = {
      id: randomUUID(),
      runbookId: runbook.id,
      organisationId: runbook.organisationId,
      versionNumber: runbook.latestVersionNumber + 1,
      title: runbook.title,
      description: runbook.description,
      categories: runbook.categories,
      steps: snapshot,
      stepCount: snapshot.length,
      requiredRoles: requiredRoles(snapshot),
      reviewIntervalMonths: runbook.reviewIntervalMonths,
      submittedBy: runbook.submittedBy,
      submittedAt: runbook.submittedAt,
      approvedBy,
      approvedAt: tx.now,
      basedOnTemplateVersion: runbook.adoptedTemplateVersion,
    };
    await this.versions.insert(tx, version);
    return version;
  }
}
