import { Inject, Injectable } from '@nestjs/common';
import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import { ChainVerification, chainIdOf, verifyAuditChain } from '@muster/platform-audit';
import { Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { assertCanReadTrail } from './audit-access';

export interface VerifyRequest {
  organisationId: string | null;
  from?: Date | null;
  to?: Date | null;
  expectedHeadHash?: string | null;
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
    const runner = this.dataSource.createQueryRunner();
    try {
      // The driver's own client: rows are streamed to the verifier, not collected.
      const client = (await runner.connect()) as ClientBase;
      return await verifyAuditChain(client, {
        chainId: chainIdOf(request.organisationId),
        from: request.from,
        to: request.to,
        expectedHeadHash: request.expectedHeadHash,
        hmacKey: this.config.audit.hmacKey,
      });
    } finally {
      await runner.release();
    }
  }
}
