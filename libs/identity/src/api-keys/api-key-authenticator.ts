import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { Actor, Clock } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { sameHash } from '../auth/tokens/opaque-token';
import { IdentityAudit } from '../identity.audit';
import { parseApiKey } from './api-key-secret';
import { ApiKeyCredential, ApiKeyStore } from './api-key.store';
import { API_KEY_ROLES, LAST_USED_RESOLUTION_MS, lastUsedIsStale } from './api-key.rules';

/**
 * Turns an x-api-key header into a principal: the key's organisation and role, nothing
 * more. One SELECT per request; at most once a minute per key, the last-used time is
 * written through the unit of work with an `api_key.used` audit event (so key use is in
 * the trail to the minute without an audit row per request).
 */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly logger = new Logger(ApiKeyAuthenticator.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly store: ApiKeyStore,
  ) {}

  async authenticate(header: string): Promise<Principal | null> {
    const parsed = parseApiKey(header);
    if (!parsed) return null;
    return this.accept(parsed.secretHash, await this.store.findByPrefix(this.dataSource.manager, parsed.prefix));
  }

  /** The principal of `key` (the row found by the header's prefix) if it is live and the secret is its own. */
  async accept(secretHash: string, key: ApiKeyCredential | null): Promise<Principal | null> {
    if (!key || key.revokedAt || !sameHash(key.secretHash, secretHash)) return null;
    // A role machines may no longer hold (IG_OFFICER keys made before it was withdrawn).
    if (!API_KEY_ROLES.includes(key.role)) return null;
    const actor: Actor = { type: 'API_KEY', id: key.id, label: key.name };
    const now = this.clock.now();
    if (lastUsedIsStale(key.lastUsedAt, now)) await this.recordUse(key, actor, now);
    return new Principal(actor, [{ organisationId: key.organisationId, role: key.role, teamId: null }]);
  }

  private async recordUse(key: ApiKeyCredential, actor: Actor, now: Date): Promise<void> {
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    try {
      await this.uow.run(
        async (tx) => {
          // Another request of this key may have written it meanwhile: then there is nothing to do.
          if (!(await this.store.touch(tx, key.id, staleBefore))) return tx.nothingToRecord();
          tx.record({
            action: IdentityAudit.apiKeyUsed,
            organisationId: key.organisationId,
            entityType: 'api_key',
            entityId: key.id,
            summary: `API key "${key.name}" used`,
            changes: { lastUsedAt: { before: key.lastUsedAt?.toISOString() ?? null, after: tx.now.toISOString() } },
          });
        },
        { actor },
      );
    } catch (error) {
      // Bookkeeping must not refuse a valid key; the next request within the minute retries it.
      this.logger.error(`could not record use of API key ${key.id}: ${(error as Error).message}`);
    }
  }
}
