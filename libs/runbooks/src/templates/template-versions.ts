import { EntityManager } from 'typeorm';
import { DomainError } from '@muster/platform-core';
import { RunbookStatus } from '../runbooks/runbook-status';
import { RunbookEntity } from '../runbooks/runbook.entity';
import { RunbookStore } from '../runbooks/runbook.store';
import { RunbookVersionEntity } from '../versions/runbook-version.entity';
import { RunbookVersionStore } from '../versions/runbook-version.store';

/**
 * An ICS template and its latest approved version, what adoption copies and an update
 * merges: NOT_FOUND for what is not a template, CONFLICT once retired, BAD_USER_INPUT on
 * `field` before its first approval.
 */
export async function latestTemplateVersion(
  stores: { runbooks: RunbookStore; versions: RunbookVersionStore },
  manager: EntityManager,
  templateId: string,
  field: string,
): Promise<{ template: RunbookEntity; version: RunbookVersionEntity }> {
  const template = await stores.runbooks.findTemplate(manager, templateId);
  if (!template) throw DomainError.notFound('Runbook template');
  if (template.status === RunbookStatus.RETIRED) throw DomainError.conflict('This ICS template is retired');
  if (!template.currentVersionId) throw DomainError.badInput(field, 'this ICS template has no approved version yet');
  return { template, version: await stores.versions.get(manager, template.currentVersionId) };
}
