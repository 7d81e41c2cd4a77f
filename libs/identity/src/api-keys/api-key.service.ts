import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { IdentityAudit } from '../identity.audit';
import { AccountNotices } from '../notices/account-notices';
import { toApiKey } from '../identity.mappers';
import { OrganisationStore } from '../organisations/organisation.store';
import { generateApiKey } from './api-key-secret';
import { ApiKeyAccess } from './api-key.access';
import { API_KEY_ROLES } from './api-key.rules';
import { ApiKeyStore } from './api-key.store';
import { ApiKey, CreatedApiKey } from './api-key.types';

const ENTITY = 'API key';
// Keyset on (created at, id), newest first.
const CURSOR = new KeysetCursor('apiKeys', ['timestamp', 'uuid']);

/** Administration of API keys: created by an organisation's admin, shown once, revocable. */
@Injectable()
export class ApiKeyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: ApiKeyStore,
    private readonly organisations: OrganisationStore,
    private readonly notices: AccountNotices,
  ) {}

  async create(
    principal: Principal,
    input: { organisationId: string; role: Role; name: string },
  ): Promise<CreatedApiKey> {
    ApiKeyAccess.assertCanManage(principal, input.organisationId, 'Organisation');
    if (!API_KEY_ROLES.includes(input.role)) {
      throw DomainError.badInput('role', `must be one of ${API_KEY_ROLES.join(', ')}`);
    }
    const generated = generateApiKey();
    const apiKey = await this.uow.run(async (tx) => {
      if (!(await this.organisations.exists(tx.manager, input.organisationId)))
        throw DomainError.notFound('Organisation');
      const key = await this.store.insert(tx, {
        organisationId: input.organisationId,
        name: input.name,
        role: input.role,
        prefix: generated.prefix,
        secretHash: generated.secretHash,
        createdBy: principal.userId,
      });
      tx.record({
        action: IdentityAudit.apiKeyCreated,
        organisationId: key.organisationId,
        entityType: 'api_key',
        entityId: key.id,
        summary: `API key "${key.name}" created with role ${key.role}`,
        changes: { after: { name: key.name, role: key.role, prefix: generated.prefix } },
      });
      await this.notices.apiKeyCreated({
        apiKeyId: key.id,
        organisationId: key.organisationId,
        name: key.name,
        role: key.role,
      });
      return toApiKey(key);
    });
    return { apiKey, secret: generated.key };
  }

  async revoke(principal: Principal, id: string): Promise<ApiKey> {
    return this.uow.run(async (tx) => {
      const key = await this.store.lock(tx, id);
      if (!key) throw DomainError.notFound(ENTITY);
      ApiKeyAccess.assertCanManage(principal, key.organisationId, ENTITY);
      if (key.revokedAt) throw DomainError.conflict('This API key is already revoked');
      const revoked = await this.store.revoke(tx, id, principal.userId);
      if (!revoked) throw DomainError.conflict('This API key is already revoked');
      tx.record({
        action: IdentityAudit.apiKeyRevoked,
        organisationId: key.organisationId,
        entityType: 'api_key',
        entityId: key.id,
        summary: `API key "${key.name}" revoked`,
        changes: { before: { revokedAt: null }, after: { revokedAt: tx.now.toISOString() } },
      });
      return toApiKey(revoked);
    });
  }

  async list(principal: Principal, organisationId: string, first: number, after?: string): Promise<Connection<ApiKey>> {
    ApiKeyAccess.assertCanList(principal, organisationId);
    // In sight is not the same as existing for ICS-wide callers: an unknown id is still NOT_FOUND.
    if (
      AccessPolicy.organisationScope(principal).all &&
      !(await this.organisations.exists(this.dataSource.manager, organisationId))
    ) {
      throw DomainError.notFound('Organisation');
    }
    const cursor = after ? CURSOR.decode(after) : null;
    const rows = await this.store.page(this.dataSource.manager, organisationId, first + 1, cursor);
    return toConnection(rows, first, CURSOR, (k) => [k.createdAt.toISOString(), k.id], toApiKey);
  }
}
