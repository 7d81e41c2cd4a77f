import { Inject, Injectable } from '@nestjs/common';
import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import { ChainVerification, chainIdOf, verifyAuditChain } from '@muster/platform-audit';
import { Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { DomainError } from '@muster/platform-core';
import { assertCanReadTrail } from './audit-access';

export interface VerifyRequest {
  organisationId: string | null;
  from?: Date | null;
  to?: Date | null;
  expectedHeadHash?: string | null;
  /** The chain's entry of a checkpoint: see `VerifyChainOptions.checkpoint`. */
  checkpoint?: { chainId: string; seq: number; headHash: string } | null;
}

/** Verifies a chain on a connection of its own, streaming: see `verifyAuditChain`. */
@Injectable()
export class AuditVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async verify(principal: Principal, request: VerifyRequest): Promise<ChainVerification> {
    assertCanReadTrail(principal, request.organisationId);
    const chainId = chainIdOf(request.organisationId?.toLowerCase() ?? null);
    assertCheckpointFits(request, chainId);
    const runner = this.dataSource.createQueryRunner();
    try {
      // The driver's own client: rows are streamed to the verifier, not collected.
      const client = (await runner.connect()) as ClientBase;
      return await verifyAuditChain(client, {
        chainId,
        from: request.from,
        to: request.to,
        expectedHeadHash: request.expectedHeadHash,
        checkpoint: request.checkpoint,
        hmacKey: this.config.audit.hmacKey,
      });
    } finally {
      await runner.release();
    }
  }
}

/** A checkpoint entry speaks of one chain, whole: another chain's entry, or a time range, is a mistake to point out, not a break. */
function assertCheckpointFits({ checkpoint, from, to }: VerifyRequest, chainId: string): void {
  if (!checkpoint) return;
  if (checkpoint.chainId !== chainId)
    throw DomainError.badInput('checkpoint.chainId', `must be the chain verified (${chainId})`);
  if (from || to)
    throw DomainError.badInput(
      'checkpoint',
      'cannot be combined with from or to: a checkpoint is checked against the whole chain',
    );
}
