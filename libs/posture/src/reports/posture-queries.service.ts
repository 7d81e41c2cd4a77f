import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { toLeagueRow, toPostureDay } from '../posture.mappers';
import { PostureAccess } from '../posture.access';
import { assertDay, assertSeries } from './posture-day';
import { PostureReportStore } from './posture-report.store';
import { PostureDay, PostureLeagueRow } from './posture.types';

/** Reads of SOC posture: a daily series per organisation and the ICS league table. */
@Injectable()
export class PostureQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PostureReportStore,
  ) {}

  /** The organisation's reported days from `from` to `to` (at most 12 months), oldest first. */
  async series(principal: Principal, organisationId: string, from: string, to: string): Promise<PostureDay[]> {
    const manager = this.dataSource.manager;
    const icbIds = await this.store.icbIds(manager, PostureAccess.eprrLeadOrganisations(principal));
    PostureAccess.assertCanRead(principal, organisationId, icbIds);
    assertSeries(from, to);
    return (await this.store.series(manager, organisationId, from, to)).map(toPostureDay);
  }

  /**
   * Every organisation's latest posture on or before `day`, ranked (1 is best): all of them
   * for the ICB's EPRR lead and system-wide roles, the caller's own organisations otherwise.
   * Two statements whatever the number of organisations.
   */
  async leagueTable(principal: Principal, day: string): Promise<PostureLeagueRow[]> {
    assertDay('day', day);
    if (PostureAccess.isApiKey(principal)) return [];
    const manager = this.dataSource.manager;
    const icbIds = await this.store.icbIds(manager, PostureAccess.eprrLeadOrganisations(principal));
    const scope = PostureAccess.readsAll(principal, icbIds) ? null : principal.organisationIds;
    return (await this.store.leagueTable(manager, day, scope)).map(toLeagueRow);
  }
}
