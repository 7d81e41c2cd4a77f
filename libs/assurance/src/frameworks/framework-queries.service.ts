import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@muster/platform-core';
import { FrameworkKind } from './framework-kind';
import { toFramework } from './framework.mappers';
import { FrameworkStore } from './framework.store';
import { AssuranceFramework } from './framework.types';

/** Frameworks are reference data: every signed-in user of the ICS reads them. */
@Injectable()
export class FrameworkQueriesService {
  constructor(
    private readonly db: DataSource,
    private readonly store: FrameworkStore,
  ) {}

  async list(kind?: FrameworkKind): Promise<AssuranceFramework[]> {
    return (await this.store.list(this.db.manager, kind)).map(toFramework);
  }

  async get(id: string): Promise<AssuranceFramework> {
    const row = await this.store.findById(this.db.manager, id);
    if (!row) throw DomainError.notFound('AssuranceFramework');
    return toFramework(row);
  }
}
