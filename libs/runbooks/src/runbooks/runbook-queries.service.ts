import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { AccessPolicy, Principal } from '@muster/platform-access';
import { Clock, DomainError } from '@muster/platform-core';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { toRunbook, toVersion } from '../runbooks.mappers';
import { RunbookVersionEntity } from '../versions/runbook-version.entity';
import { RunbookVersion } from '../versions/runbook-version.types';
import { assertCanSeeRunbook } from './runbook-access';
import { RunbookStatus } from './runbook-status';
import { RunbookEntity } from './runbook.entity';
import { RunbookFilter, RunbooksArgs } from './runbook.inputs';
import { Runbook } from './runbook.types';

// Keyset on (title, id).
const CURSOR = new KeysetCursor('runbooks', ['text', 'uuid']);

/** Reading runbooks and versions, scoped to what the caller may see. */
@Injectable()
export class RunbookQueriesService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One page, ordered by title then id (keyset): one SQL statement whatever the page size. */
  async list(principal: Principal, args: RunbooksArgs): Promise<Connection<Runbook>> {
    const scope = AccessPolicy.organisationScope(principal);
    const qb = this.db.manager.createQueryBuilder(RunbookEntity, 'r');
    if (!scope.all) qb.where('(r.organisation_id = ANY(:scopeIds) OR r.is_template)', { scopeIds: scope.ids });
    this.applyFilter(qb, args.filter ?? {});
    if (args.after) {
      const [title, id] = CURSOR.decode(args.after);
      qb.andWhere('(r.title, r.id) > (:afterTitle, :afterId::uuid)', { afterTitle: title, afterId: id });
    }
    const rows = await qb.orderBy('r.title', 'ASC').addOrderBy('r.id', 'ASC').limit(args.first + 1).getMany();
    return toConnection(rows, args.first, CURSOR, (r) => [r.title, r.id], toRunbook);
  }

  async get(principal: Principal, id: string): Promise<Runbook> {
    const runbook = await this.db.manager.findOne(RunbookEntity, { where: { id } });
    return toRunbook(assertCanSeeRunbook(principal, runbook));
  }

  async getVersion(principal: Principal, id: string): Promise<RunbookVersion> {
    const { entities, raw } = await this.db.manager
      .createQueryBuilder(RunbookVersionEntity, 'v')
      .innerJoin(RunbookEntity, 'r', 'r.id = v.runbook_id')
      .addSelect('r.is_template', 'runbook_is_template')
      .where('v.id = :id', { id })
      .getRawAndEntities<{ runbook_is_template: boolean }>();
    const version = entities[0];
    if (!version) throw DomainError.notFound('Runbook version');
    assertCanSeeRunbook(principal, { organisationId: version.organisationId, isTemplate: raw[0].runbook_is_template }, 'Runbook version');
    return toVersion(version);
  }

  private applyFilter(qb: SelectQueryBuilder<RunbookEntity>, filter: RunbookFilter): void {
    if (filter.organisationId) qb.andWhere('r.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.category) qb.andWhere('r.categories @> ARRAY[:category]::text[]', { category: filter.category });
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.isTemplate !== undefined) qb.andWhere('r.is_template = :isTemplate', { isTemplate: filter.isTemplate });
    if (filter.dueForReview !== undefined) {
      const due = `(r.next_review_at <= :now AND r.status <> :retired)`;
      qb.andWhere(filter.dueForReview ? due : `NOT COALESCE(${due}, false)`, { now: this.clock.now(), retired: RunbookStatus.RETIRED });
    }
  }
}
