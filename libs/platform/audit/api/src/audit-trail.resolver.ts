import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { AuditChainVerification, AuditEvent, AuditEventConnection } from './audit-event.types';
import { AuditHistoryArgs, AuditTrailArgs } from './audit-trail.inputs';
import { VerifyAuditChainWithCheckpointArgs } from './audit-checkpoint.inputs';
import { TRAIL_READERS } from './audit-access';
import { AuditTrailService } from './audit-trail.service';
import { AuditVerificationService } from './audit-verification.service';

@Resolver(() => AuditEvent)
export class AuditTrailResolver {
  constructor(
    private readonly trail: AuditTrailService,
    private readonly verification: AuditVerificationService,
  ) {}

  @Query(() => AuditEventConnection, {
    description:
      'The audit trail, newest first: auditors and system administrators see all of it, organisation administrators their organisations’.',
  })
  @Allow(...TRAIL_READERS)
  auditTrail(@CurrentPrincipal() principal: Principal, @Args() { filter, first, after }: AuditTrailArgs) {
    return this.trail.trail(principal, filter ?? {}, first, after);
  }

  @Query(() => AuditEventConnection, {
    description: 'The history of one record, newest first, as far as the caller can see its organisations.',
  })
  @Authenticated()
  auditHistory(
    @CurrentPrincipal() principal: Principal,
    @Args() { entityType, entityId, first, after }: AuditHistoryArgs,
  ) {
    return this.trail.history(principal, entityType, entityId, first, after);
  }

  @Query(() => AuditChainVerification, {
    description:
      'Re-checks an organisation’s hash chain (or the part between from and to): sequence, links, hashes and head — and, given a checkpoint entry, that the chain still reaches it.',
  })
  @Allow(...TRAIL_READERS)
  verifyAuditChain(@CurrentPrincipal() principal: Principal, @Args() args: VerifyAuditChainWithCheckpointArgs) {
    return this.verification.verify(principal, { ...args, organisationId: args.organisationId ?? null });
  }
}
