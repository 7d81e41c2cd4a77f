import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Actor } from '@muster/platform-core';
import { AuditDraft, GENESIS_HASH, ICS_CHAIN } from './audit-draft';
import { hashEvent, HashedFields } from './audit-hash';

/** Facts of the transaction that every event of it shares. */
export interface AppendContext {
  occurredAt: Date;
  actor: Actor;
  roles: string[];
  requestId: string | null;
  clientAddress: string | null;
}

type StoredFields = HashedFields & { hash: string };

const COLUMNS = [
  'chain_id', 'seq', 'occurred_at', 'actor_type', 'actor_id', 'actor_label', 'organisation_id', 'roles',
  'action', 'entity_type', 'entity_id', 'incident_id', 'summary', 'changes', 'request_id', 'client_address',
  'prev_hash', 'hash',
];

/**
 * Appends a transaction's audit events to their chains. Called by the unit of work as
 * the last step before COMMIT: it locks each chain's head row (in a fixed order, so two
 * transactions cannot deadlock), links the events, and inserts them in one statement
 * per chain. The lock is held only from here to the commit.
 */
@Injectable()
export class AuditAppender {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async append(manager: EntityManager, drafts: AuditDraft[], ctx: AppendContext): Promise<void> {
    const byChain = new Map<string, AuditDraft[]>();
    for (const d of drafts) {
      const chain = d.organisationId ?? ICS_CHAIN;
      byChain.set(chain, [...(byChain.get(chain) ?? []), d]);
    }
    const ordered = [...byChain.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [chainId, chainDrafts] of ordered) {
      await this.appendToChain(manager, chainId, chainDrafts, ctx);
    }
  }

  private async appendToChain(
    manager: EntityManager,
    chainId: string,
    drafts: AuditDraft[],
    ctx: AppendContext,
  ): Promise<void> {
    // Creates the head on first use and, either way, takes its row lock until commit.
    const [head] = await manager.query(
      `INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES ($1, 0, $2)
       ON CONFLICT (chain_id) DO UPDATE SET chain_id = EXCLUDED.chain_id
       RETURNING last_seq::text AS "lastSeq", last_hash AS "lastHash"`,
      [chainId, GENESIS_HASH],
    );
    let seq = BigInt(head.lastSeq);
    let prevHash: string = head.lastHash;
    const rows: StoredFields[] = [];
    for (const d of drafts) {
      seq += 1n;
      const fields: HashedFields = {
        chainId,
        seq: seq.toString(),
        prevHash,
        occurredAt: ctx.occurredAt,
        actorType: ctx.actor.type,
        actorId: ctx.actor.id,
        actorLabel: ctx.actor.label,
        organisationId: d.organisationId,
        roles: ctx.roles,
        action: d.action,
        entityType: d.entityType,
        entityId: d.entityId,
        incidentId: d.incidentId ?? null,
        summary: d.summary,
        // Stored as jsonb and read back as JSON: normalise now so the hash survives the trip.
        changes: d.changes == null ? null : (JSON.parse(JSON.stringify(d.changes)) as Record<string, unknown>),
        requestId: ctx.requestId,
        clientAddress: ctx.clientAddress,
      };
      prevHash = hashEvent(fields, this.config.audit.hmacKey);
      rows.push({ ...fields, hash: prevHash });
    }
    await this.insert(manager, rows);
    await manager.query(`UPDATE audit_chain SET last_seq = $2, last_hash = $3 WHERE chain_id = $1`, [
      chainId,
      seq.toString(),
      prevHash,
    ]);
  }

  private async insert(manager: EntityManager, rows: StoredFields[]): Promise<void> {
    const params: unknown[] = [];
    const tuples = rows.map((r) => {
      const values = [
        r.chainId, r.seq, r.occurredAt, r.actorType, r.actorId, r.actorLabel, r.organisationId, r.roles,
        r.action, r.entityType, r.entityId, r.incidentId, r.summary,
        r.changes === null ? null : JSON.stringify(r.changes), r.requestId, r.clientAddress, r.prevHash, r.hash,
      ];
      const placeholders = values.map((v) => {
        params.push(v);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(`INSERT INTO audit_event (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}
