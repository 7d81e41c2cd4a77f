import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { designationWords } from '@muster/identity';
import { dutyWords, OnCallDuty } from '../duty';
import { OnCallAccess } from '../oncall.access';
import { OnCallAudit, ONCALL_ENTITY } from '../oncall.audit';
import { RotaStore } from '../rotas/rota.store';
import { PolicyRow, PolicyStore } from './policy.store';
import { EscalationPolicy, EscalationTarget, LevelJson, SetEscalationPolicyInput } from './policy.types';

export const levelWords = (l: LevelJson): string =>
  l.target === EscalationTarget.DESIGNATION && l.designation
    ? `the ${designationWords(l.designation)}`
    : l.target === EscalationTarget.DEPUTY
      ? 'the deputy on-call'
      : 'the on-call';

/** Escalation policies: one per organisation and duty; a duty with none set has the default. */
@Injectable()
export class PoliciesService {
  private readonly ackTimeoutMinutes: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: DataSource,
    private readonly uow: UnitOfWork,
    private readonly rotas: RotaStore,
    private readonly store: PolicyStore,
  ) {
    this.ackTimeoutMinutes = config.oncall.pageAckTimeoutMinutes;
  }

  /** The default: the on-call, then the deputy, each for PAGE_ACK_TIMEOUT_MINUTES, once. */
  defaultPolicy(organisationId: string, duty: OnCallDuty): PolicyRow {
    const level = (target: EscalationTarget): LevelJson => ({
      target,
      designation: null,
      ackTimeoutMinutes: this.ackTimeoutMinutes,
    });
    return {
      id: '',
      organisationId,
      duty,
      levels: [level(EscalationTarget.ON_CALL), level(EscalationTarget.DEPUTY)],
      repeats: 0,
      version: 0,
    };
  }

  /** Every duty's policy: the one set, or the default. */
  async policies(principal: Principal, organisationId: string): Promise<EscalationPolicy[]> {
    const sight = await this.rotas.organisationSight(
      this.db.manager,
      organisationId,
      OnCallAccess.icbCandidates(principal),
    );
    OnCallAccess.assertCanSee(principal, sight);
    const set = await this.store.ofOrganisation(this.db.manager, organisationId);
    return Object.values(OnCallDuty).map((duty) =>
      toPolicy(set.find((p) => p.duty === duty) ?? this.defaultPolicy(organisationId, duty)),
    );
  }

  set(principal: Principal, input: SetEscalationPolicyInput): Promise<EscalationPolicy> {
    return this.uow.run(
      async (tx) => {
        const sight = await this.rotas.organisationSight(
          tx.manager,
          input.organisationId,
          OnCallAccess.icbCandidates(principal),
        );
        OnCallAccess.assertCanEdit(principal, sight);
        const levels: LevelJson[] = input.levels.map((l, i) => {
          if (l.target === EscalationTarget.DESIGNATION && !l.designation)
            throw DomainError.badInput(`levels.${i}.designation`, 'is required for a DESIGNATION level');
          return {
            target: l.target,
            designation: l.target === EscalationTarget.DESIGNATION ? (l.designation ?? null) : null,
            ackTimeoutMinutes: l.ackTimeoutMinutes,
          };
        });
        const before = await this.store.lock(tx, input.organisationId, input.duty);
        if (input.version !== undefined && input.version !== (before?.version ?? 0))
          throw DomainError.conflict(
            `The policy has changed (version ${before?.version ?? 0}): reload it and try again`,
          );
        const repeats = input.repeats ?? 0;
        const after = await this.store.upsert(tx, input.organisationId, input.duty, levels, repeats);
        tx.record({
          action: OnCallAudit.policySet,
          organisationId: input.organisationId,
          entityType: ONCALL_ENTITY.policy,
          entityId: after.id,
          summary: `${dutyWords(input.duty)} on-call escalation: ${levels.map((l) => `${levelWords(l)} (${l.ackTimeoutMinutes} min)`).join(', then ')}${repeats ? `, repeated ${repeats} time(s)` : ''}`,
          changes: {
            before: before ? { levels: before.levels, repeats: before.repeats } : null,
            after: { levels, repeats },
          },
        });
        return toPolicy(after);
      },
      { actor: principal.actor },
    );
  }
}

export function toPolicy(p: PolicyRow): EscalationPolicy {
  return {
    id: p.id || null,
    organisationId: p.organisationId,
    duty: p.duty,
    levels: p.levels.map((l, i) => ({
      level: i + 1,
      target: l.target,
      designation: l.designation,
      ackTimeoutMinutes: l.ackTimeoutMinutes,
    })),
    repeats: p.repeats,
    version: p.version,
  };
}
