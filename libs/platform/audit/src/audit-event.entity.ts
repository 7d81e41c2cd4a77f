import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One audited change. Append-only: the database refuses UPDATE, DELETE and TRUNCATE.
 * Events form one hash chain per organisation (`chainId`), `seq` counting from 1.
 */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'chain_id', type: 'text' })
  chainId: string;

  @Column({ type: 'bigint' })
  seq: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_type', type: 'text' })
  actorType: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId: string | null;

  @Column({ type: 'text' })
  summary: string;

  /** `json`, not `jsonb`: it keeps the canonical bytes the hash was taken over. */
  @Column({ type: 'json', nullable: true })
  changes: Record<string, unknown> | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress: string | null;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}

/** The head of each chain: the row locked while a transaction appends to that chain. */
@Entity({ name: 'audit_chain' })
export class AuditChainEntity {
  @PrimaryColumn({ name: 'chain_id', type: 'text' })
  chainId: string;

  @Column({ name: 'last_seq', type: 'bigint' })
  lastSeq: string;

  @Column({ name: 'last_hash', type: 'text' })
  lastHash: string;
}
