import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { CyberAlertAccess } from './cyber-alert.access';
import { CyberAlertsArgs } from './cyber-alert.inputs';
import { toCyberAlert } from './cyber-alert.mappers';
import { CyberAlertStore } from './cyber-alert.store';
import { CyberAlert } from './cyber-alert.types';

// Keyset on (issued_at, id), newest first.
const CURSOR = new KeysetCursor('cyberAlerts', ['timestamp', 'uuid']);

/** Reading NHS cyber alerts, scoped to the responses the caller may see. */
@Injectable()
export class CyberAlertQueriesService {
  constructor(
    private readonly db: DataSource,
    private readonly store: CyberAlertStore,
    private readonly clock: Clock,
  ) {}

  /** One page, newest issued first: two statements whatever the page size (responses through a loader). */
  async list(principal: Principal, args: CyberAlertsArgs): Promise<Connection<CyberAlert>> {
    const manager = this.db.manager;
    const scope = CyberAlertAccess.scope(principal, await this.store.sightOf(manager, principal));
    const rows = await this.store.page(
      manager,
      scope,
      args.filter ?? {},
      this.clock.now(),
      args.first + 1,
      args.after ? CURSOR.decode(args.after) : null,
    );
    return toConnection(
      rows,
      args.first,
      CURSOR,
      (r) => [r.issuedAt.toISOString(), r.id],
      (r) => toCyberAlert(r, scope),
    );
  }

  async get(principal: Principal, id: string): Promise<CyberAlert> {
    const manager = this.db.manager;
    const sight = await this.store.sightOf(manager, principal);
    const row = await this.store.findAlert(manager, id);
    CyberAlertAccess.assertCanSeeAlert(principal, sight, row?.organisationIds ?? null);
    return toCyberAlert(row as NonNullable<typeof row>, CyberAlertAccess.scope(principal, sight));
  }
}
