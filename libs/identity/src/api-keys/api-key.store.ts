import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from '@muster/platform-access';
import { ApiKey } from './api-key.types';

/** A key row as the API shows it; the secret hash stays in the store. */
const VIEW = `id, name, role, organisation_id AS "organisationId", created_at AS "createdAt",
  last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

export interface NewApiKey {
  organisationId: string;
  name: string;
  role: Role;
  prefix: string;
  secretHash: string;
  createdBy: string | null;
  createdAt: Date;
}

/** The key an x-api-key header names, with what authentication needs. */
export interface ApiKeyCredential extends ApiKey {
  secretHash: string;
}

/** The api_key table. Every statement is here, and each runs on the manager it is given. */
@Injectable()
export class ApiKeyStore {
  async insert(manager: EntityManager, key: NewApiKey): Promise<ApiKey> {
    const [row] = await manager.query(
      `INSERT INTO api_key (organisation_id, name, role, prefix, secret_hash, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${VIEW}`,
      [key.organisationId, key.name, key.role, key.prefix, key.secretHash, key.createdBy, key.createdAt],
    );
    return row;
  }

  async findById(manager: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<ApiKey | null> {
    const [row] = await manager.query(`SELECT ${VIEW} FROM api_key WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  async findByPrefix(manager: EntityManager, prefix: string): Promise<ApiKeyCredential | null> {
    const [row] = await manager.query(`SELECT ${VIEW}, secret_hash AS "secretHash" FROM api_key WHERE prefix = $1`, [prefix]);
    return row ?? null;
  }

  /** Newest first; `after` is the (createdAt, id) of the last key of the previous page. */
  async page(manager: EntityManager, organisationId: string, limit: number, after: [string, string] | null): Promise<ApiKey[]> {
    const params: unknown[] = [organisationId, limit];
    let where = 'organisation_id = $1';
    if (after) {
      params.push(after[0], after[1]);
      where += ' AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    return manager.query(`SELECT ${VIEW} FROM api_key WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $2`, params);
  }

  async revoke(manager: EntityManager, id: string, now: Date, revokedBy: string | null): Promise<ApiKey | null> {
    const [rows] = await manager.query(
      `UPDATE api_key SET revoked_at = $2, revoked_by = $3 WHERE id = $1 AND revoked_at IS NULL RETURNING ${VIEW}`,
      [id, now, revokedBy],
    );
    return rows[0] ?? null;
  }

  /** Sets last_used_at unless another request did so within the resolution; true if it wrote. */
  async touch(manager: EntityManager, id: string, now: Date, staleBefore: Date): Promise<boolean> {
    const [, count] = await manager.query(
      `UPDATE api_key SET last_used_at = $2
        WHERE id = $1 AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at <= $3)`,
      [id, now, staleBefore],
    );
    return Number(count) === 1;
  }

  async organisationExists(manager: EntityManager, organisationId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM organisation WHERE id = $1`, [organisationId]);
    return rows.length > 0;
  }
}
