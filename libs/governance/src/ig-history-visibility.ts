import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { AuditHistoryVisibility } from '@muster/platform-audit-api';
import { IncidentAccess } from '@muster/incidents';
import { IG_ENTITY } from './governance.audit';
import { IgAccess } from './ig.access';
import { IgStore } from './ig.store';

/**
 * The audit history of a thread, a decision or a notification record reads as empty —
 * exactly like a record that does not exist — for anyone but those who see decision content
 * (the organisation's IG officers, the incident's commander and IG lead, auditors and system
 * administrators). The events carry no content; this keeps even their changes to those readers.
 */
@Injectable()
export class IgHistoryVisibility implements OnModuleInit {
  constructor(
    private readonly visibility: AuditHistoryVisibility,
    private readonly db: DataSource,
    private readonly store: IgStore,
  ) {}

  onModuleInit(): void {
    this.visibility.register(IG_ENTITY.thread, (p, id) => this.canSee(p, () => Promise.resolve(id)));
    this.visibility.register(IG_ENTITY.decision, (p, id) =>
      this.canSee(p, () => this.store.threadOfDecision(this.db.manager, id)),
    );
    this.visibility.register(IG_ENTITY.notification, (p, id) =>
      this.canSee(p, () => this.store.threadOfNotification(this.db.manager, id)),
    );
  }

  private async canSee(principal: Principal, threadIdOf: () => Promise<string | null>): Promise<boolean> {
    if (principal.isSystemWide) return true;
    const threadId = await threadIdOf();
    if (!threadId || !isUuid(threadId)) return false;
    const thread = await this.store.thread(this.db.manager, threadId, IncidentAccess.icbCandidates(principal));
    return (
      thread !== null &&
      IgAccess.canSeeThread(principal, thread, thread.icbIds) &&
      IgAccess.canSeeContent(principal, thread.organisationId, thread)
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);
