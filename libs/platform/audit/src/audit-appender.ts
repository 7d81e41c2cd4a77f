import { Inject, Injectable } from '@nestjs/common';
import type { ClientBase } from 'pg';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Actor, countSqlStatement } from '@muster/platform-core';
import { AuditDraft, chainIdOf, GENESIS_HASH } from './audit-draft';
import { canonicalEvent, EventHasher, eventHasher, HashedFields } from './audit-hash';
import { canonicalJson } from './canonical-json';

/** Facts of the transaction that every event of it shares. */
export interface AppendContext {
  occurredAt: Date;
  actor: Actor;
  roles: string[];
  requestId: string | null;
  clientAddress: string | null;
}

type StoredFields = HashedFields & { hash: string };

/** Appends of up to this many events to one chain get a prepared statement each. */
const MAX_NAMED_BATCH = 4;

const COLUMNS = [
  'chain_id',
  'seq',
  'occurred_at',
  'actor_type',
  'actor_id',
  'actor_label',
  'organisation_id',
  'roles',
  'action',
  'entity_type',
  'entity_id',
  'incident_id',
  'summary',
  'changes',
  'request_id',
  'client_address',
  'prev_hash',
  'hash',
];

/**
 * Appends a transaction's audit events to their chains. Called by the unit of work as
 * the last step before COMMIT: it locks each chain's head row (in a fixed order, so two
 * transactions cannot deadlock), links the events, and writes them and the new head in
 * one statement per chain. The lock is held only from here to the commit.
 *
 * Every change in Muster runs these two statements, so they go to the transaction's own
 * pg client as named (prepared) statements: parsing and planning the 18-column insert
 * cost more than running it (per-organisation appends went from ~1,850 to ~2,550 a
 * second in the bench). They are counted like every other statement.
 */
@Injectable()
export class AuditAppender {
  private readonly hasher: EventHasher;
  private readonly prepare: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.hasher = eventHasher(config.audit.hmacKey);
    this.prepare = config.database.preparedStatements;
  }

  async append(manager: EntityManager, drafts: AuditDraft[], ctx: AppendContext): Promise<void> {
    const byChain = new Map<string, AuditDraft[]>();
    for (const d of drafts) {
      const chain = chainIdOf(d.organisationId);
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
    const head = await this.lockHead(manager, chainId);
    let seq = BigInt(head.lastSeq);
    let prevHash: string = head.lastHash;
    const occurredAt = ctx.occurredAt.toISOString();
    const rows: StoredFields[] = [];
    for (const d of drafts) {
      seq += 1n;
      const fields: HashedFields = {
        chainId,
        seq: seq.toString(),
        prevHash,
        occurredAt,
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
        // Through JSON first (toJSON, dropped undefined), then canonical: these exact
        // bytes are hashed and stored, so verification compares bytes, not meanings.
        changes: d.changes == null ? 'null' : canonicalJson(JSON.parse(JSON.stringify(d.changes))),
        requestId: ctx.requestId,
        clientAddress: ctx.clientAddress,
      };
      prevHash = this.hasher(canonicalEvent(fields));
      rows.push({ ...fields, hash: prevHash });
    }
    await this.insertAndAdvance(manager, rows, chainId, seq.toString(), prevHash);
  }

  /** Takes the chain head's row lock (held until commit), creating the head on first use. */
  private async lockHead(manager: EntityManager, chainId: string): Promise<{ lastSeq: string; lastHash: string }> {
    const select = `SELECT last_seq::text AS "lastSeq", last_hash AS "lastHash" FROM audit_chain WHERE chain_id = $1 FOR UPDATE`;
    const [head] = await this.run<{ lastSeq: string; lastHash: string }>(manager, 'audit_lock_head', select, [chainId]);
    if (head) return head;
    // A concurrent first append waits here on the key, then finds the head committed.
    await manager.query(
      `INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES ($1, 0, $2) ON CONFLICT (chain_id) DO NOTHING`,
      [chainId, GENESIS_HASH],
    );
    const [created] = await this.run<{ lastSeq: string; lastHash: string }>(manager, 'audit_lock_head', select, [
      chainId,
    ]);
    return created;
  }

  /**
   * Runs a statement on the transaction's pg client, prepared under `name` on first use per
   * connection (when prepared statements are on and `name` is given); through the manager
   * when there is no such client.
   */
  private async run<T>(
    manager: EntityManager,
    name: string | undefined,
    text: string,
    values: unknown[],
  ): Promise<T[]> {
    const client = (await manager.queryRunner?.connect()) as ClientBase | undefined;
    if (!client || typeof client.query !== 'function') return manager.query(text, values);
    countSqlStatement();
    return (await client.query<T & object>({ name: this.prepare ? name : undefined, text, values })).rows;
  }

  private async insertAndAdvance(
    manager: EntityManager,
    rows: StoredFields[],
    chainId: string,
    lastSeq: string,
    lastHash: string,
  ): Promise<void> {
    const params: unknown[] = [chainId, lastSeq, lastHash];
    const tuples = rows.map((r) => {
      const values = [
        r.chainId,
        r.seq,
        r.occurredAt,
        r.actorType,
        r.actorId,
        r.actorLabel,
        r.organisationId,
        r.roles,
        r.action,
        r.entityType,
        r.entityId,
        r.incidentId,
        r.summary,
        r.changes === 'null' ? null : r.changes,
        r.requestId,
        r.clientAddress,
        r.prevHash,
        r.hash,
      ];
      const placeholders = values.map((v) => {
        params.push(v);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    // Named per number of events (most changes record one or two); larger batches are rare.
    await this.run(
      manager,
      rows.length <= MAX_NAMED_BATCH ? `audit_append_${rows.length}` : undefined,
      `WITH appended AS (INSERT INTO audit_event (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')} RETURNING 1)
       UPDATE audit_chain SET last_seq = $2, last_hash = $3 WHERE chain_id = $1`,
      params,
    );
  }
}
