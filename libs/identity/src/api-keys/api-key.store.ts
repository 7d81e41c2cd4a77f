import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from '@muster/platform-access';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';

/** A key as the API shows it; the secret hash stays in the store. */
export interface ApiKeyRow {
  id: string;
  name: string;
  role: Role;
  organisationId: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const VIEW = `id, name, role, organisation_id AS "organisationId", created_at AS "createdAt",
  last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

export interface NewApiKey {
  organisationId: string;
  name: string;
  role: Role;
  prefix: string;
  secretHash: string;
  createdBy: string | null;
}

/** The key an x-api-key header names, with what authentication needs. */
export interface ApiKeyCredential extends ApiKeyRow {
  secretHash: string;
}

/**
 * The api_key table, in SQL (it has no entity). Reads take the manager they run on; writes
 * and locks take the transaction (see OrganisationStore).
 */
@Injectable()
export class ApiKeyStore {
  async insert(tx: Transaction, key: NewApiKey): Promise<ApiKeyRow> {
    const [row] = await sqlRows<ApiKeyRow>(
      tx.manager,
      `INSERT INTO api_key (organisation_id, name, role, prefix, secret_hash, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${VIEW}`,
      [key.organisationId, key.name, key.role, key.prefix, key.secretHash, key.createdBy, tx.now],
    );
    return row;
  }

  /** The key, locked until the transaction ends. */
  async lock(tx: Transaction, id: string): Promise<ApiKeyRow | null> {
    const [row] = await sqlRows<ApiKeyRow>(tx.manager, `SELECT ${VIEW} FROM api_key WHERE id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  /** One SELECT: what authenticating a request costs. */
  async findByPrefix(manager: EntityManager, prefix: string): Promise<ApiKeyCredential | null> {
    const [row] = await sqlRows<ApiKeyCredential>(
      manager,
      `SELECT ${VIEW}, secret_hash AS "secretHash" FROM api_key WHERE prefix = $1`,
      [prefix],
    );
    return row ?? null;
  }

  /** `findByPrefix` for many prefixes (LiveCredentials): one statement. */
  findByPrefixes(
    manager: EntityManager,
    prefixes: readonly string[],
  ): Promise<(ApiKeyCredential & { prefix: string })[]> {
    return sqlRows<ApiKeyCredential & { prefix: string }>(
      manager,
      `SELECT ${VIEW}, prefix, secret_hash AS "secretHash" FROM api_key WHERE prefix = ANY($1::text[])`,
      [prefixes],
    );
  }

  /** Newest first; `after` is the (createdAt, id) of the last key of the previous page. */
  page(
    manager: EntityManager,
    organisationId: string,
    limit: number,
    after: [string, string] | null,
  ): Promise<ApiKeyRow[]> {
    const params: unknown[] = [organisationId, limit];
    let where = 'organisation_id = $1';
    if (after) {
      params.push(after[0], after[1]);
      where += ' AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    return sqlRows<ApiKeyRow>(
      manager,
      `SELECT ${VIEW} FROM api_key WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
  }

  /** Revokes a live key; the key as it now is, or null when it was already revoked. */
  async revoke(tx: Transaction, id: string, revokedBy: string | null): Promise<ApiKeyRow | null> {
    const { rows } = await sqlChange<ApiKeyRow>(
      tx.manager,
      `UPDATE api_key SET revoked_at = $2, revoked_by = $3 WHERE id = $1 AND revoked_at IS NULL RETURNING ${VIEW}`,
      [id, tx.now, revokedBy],
    );
    return rows[0] ?? null;
  }

  /** Sets last_used_at unless another request did so since `staleBefore`; true if it wrote. */
  async touch(tx: Transaction, id: string, staleBefore: Date): Promise<boolean> {
    const { count } = await sqlChange(
      tx.manager,
      `UPDATE api_key SET last_used_at = $2
        WHERE id = $1 AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at <= $3)`,
      [id, tx.now, staleBefore],
    );
    return count === 1;
  }
}
