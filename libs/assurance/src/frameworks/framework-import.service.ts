import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { AssuranceAudit } from '../assurance.audit';
import { parseFramework } from './framework-parser';
import { toFramework } from './framework.mappers';
import { FrameworkStore } from './framework.store';
import { AssuranceFramework } from './framework.types';

/**
 * Importing a framework version from its file (system administrators, or the command
 * line as the system): validated first, every error naming its row; written once, in one
 * unit of work with its audit event. The same key and version twice is a CONFLICT.
 */
@Injectable()
export class FrameworkImportService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly db: DataSource,
    private readonly store: FrameworkStore,
  ) {}

  async import(principal: Principal, json: string): Promise<AssuranceFramework> {
    if (!principal.isSystemAdmin) throw DomainError.forbidden('Only a system administrator imports a framework');
    const parsed = parseFramework(json);
    if (!parsed.ok) throw DomainError.badInput('json', parsed.errors.join('; '));
    const framework = parsed.framework;
    return this.uow.run(
      async (tx) => {
        const id = await this.store.insert(tx, framework, principal.userId);
        const row = await this.store.findById(tx.manager, id);
        if (!row) throw DomainError.notFound('AssuranceFramework');
        tx.record({
          action: AssuranceAudit.frameworkImported,
          organisationId: null,
          entityType: 'assurance_framework',
          entityId: id,
          summary: `${framework.name} version ${framework.version} imported (${row.requirementCount} requirements)`,
          changes: {
            after: { key: framework.key, version: framework.version, kind: framework.kind, source: framework.source },
          },
        });
        return toFramework(row);
      },
      { actor: principal.actor },
    );
  }

  /** Imports the file unless its key and version are there already (the seed; idempotent). */
  async importOnce(principal: Principal, json: string): Promise<{ framework: AssuranceFramework; imported: boolean }> {
    const parsed = parseFramework(json);
    if (parsed.ok) {
      const existing = await this.store.findByKeyAndVersion(
        this.db.manager,
        parsed.framework.key,
        parsed.framework.version,
      );
      if (existing) return { framework: toFramework(existing), imported: false };
    }
    return { framework: await this.import(principal, json), imported: true };
  }
}
