import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who acts: a person or a machine (API key), and what they act as. */
export interface Actor {
  type: 'USER' | 'API_KEY' | 'SYSTEM';
  id: string | null;
  /** Human label for summaries and logs: an email or key name, never a secret. */
  label: string;
}

/** Per-request facts that the unit of work and the logger read. */
export interface RequestContext {
  requestId: string;
  clientAddress: string | null;
  actor: Actor | null;
  /** Roles the actor used for this request, as `ROLE@organisationId`. */
  roles: string[];
  /** Counters read by tests and logs: SQL statements issued while serving this request. */
  stats: { sqlStatements: number };
  /** Tests only: fail this request's change just before COMMIT (honoured only with MUSTER_FAULT_INJECTION). */
  failBeforeCommit?: boolean;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const SYSTEM_ACTOR: Actor = { type: 'SYSTEM', id: null, label: 'system' };

export function newRequestContext(partial: Partial<RequestContext> = {}): RequestContext {
  return {
    requestId: randomUUID(),
    clientAddress: null,
    actor: null,
    roles: [],
    stats: { sqlStatements: 0 },
    ...partial,
  };
}

export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Counts one SQL statement against the current request (see `RequestContext.stats`). */
export function countSqlStatement(): void {
  const ctx = storage.getStore();
  if (ctx) ctx.stats.sqlStatements += 1;
}
