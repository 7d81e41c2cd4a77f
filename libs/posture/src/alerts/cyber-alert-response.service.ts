import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { CyberAlertAudit } from '../posture.audit';
import { CyberAlertResponseAction, CyberAlertResponseTransitions } from './cyber-alert-transitions';
import { CyberAlertAccess } from './cyber-alert.access';
import {
  AcknowledgeCyberAlertInput,
  CyberAlertWordsInput,
  StateCyberAlertApplicabilityInput,
} from './cyber-alert.inputs';
import { toCyberAlertResponse } from './cyber-alert.mappers';
import { CyberAlertResponseRow, CyberAlertStore } from './cyber-alert.store';
import { CyberAlertResponse } from './cyber-alert.types';

interface Effect {
  action: (typeof CyberAlertAudit)[keyof typeof CyberAlertAudit];
  summary: string;
  changes: Record<string, unknown>;
}

/**
 * An organisation (or the SOC on its behalf) moves its own response to an NHS cyber alert
 * through the table (CyberAlertResponseTransitions): each change locks the response, checks
 * sight (NOT_FOUND), role (FORBIDDEN), version and state (CONFLICT), writes and records
 * one audit event, in one unit of work.
 */
@Injectable()
export class CyberAlertResponseService {
  constructor(
    private readonly db: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: CyberAlertStore,
  ) {}

  acknowledge(principal: Principal, input: AcknowledgeCyberAlertInput): Promise<CyberAlertResponse> {
    return this.change(principal, input, 'acknowledge', async (tx, r, userId) => {
      await this.store.acknowledge(tx, r.id, userId);
      const late = r.ackDueAt && tx.now.getTime() > r.ackDueAt.getTime();
      return {
        action: CyberAlertAudit.acknowledged,
        summary: `Cyber alert acknowledged by ${r.organisationName}${late ? ' (after its deadline)' : ''}`,
        changes: { acknowledgeBy: r.ackDueAt?.toISOString() ?? null, inTime: r.ackDueAt ? !late : null },
      };
    });
  }

  stateApplicability(principal: Principal, input: StateCyberAlertApplicabilityInput): Promise<CyberAlertResponse> {
    return this.change(principal, input, 'stateApplicability', async (tx, r, userId) => {
      await this.store.stateApplicability(tx, r.id, userId, input.applicable, input.words);
      return {
        action: CyberAlertAudit.applicabilityStated,
        summary: `Cyber alert stated ${input.applicable ? 'applicable' : 'not applicable'} by ${r.organisationName}`,
        changes: {
          before: { applicable: r.applicable, words: r.applicabilityWords },
          after: { applicable: input.applicable, words: input.words },
        },
      };
    });
  }

  addUpdate(principal: Principal, input: CyberAlertWordsInput): Promise<CyberAlertResponse> {
    return this.change(principal, input, 'addUpdate', async (tx, r, userId) => {
      const updateId = await this.store.addUpdate(tx, r.id, userId, input.words);
      return {
        action: CyberAlertAudit.updateAdded,
        summary: `Cyber alert update ${r.updateCount + 1} from ${r.organisationName}`,
        changes: { updateId, words: input.words },
      };
    });
  }

  close(principal: Principal, input: CyberAlertWordsInput): Promise<CyberAlertResponse> {
    return this.change(principal, input, 'close', async (tx, r, userId) => {
      await this.store.close(tx, r.id, userId, input.words);
      return {
        action: CyberAlertAudit.closed,
        summary: `Cyber alert response of ${r.organisationName} closed`,
        changes: { words: input.words, applicable: r.applicable },
      };
    });
  }

  private async change(
    principal: Principal,
    input: AcknowledgeCyberAlertInput,
    action: CyberAlertResponseAction,
    apply: (tx: Transaction, r: CyberAlertResponseRow, userId: string) => Promise<Effect>,
  ): Promise<CyberAlertResponse> {
    const sight = await this.store.sightOf(this.db.manager, principal);
    return this.uow.run(
      async (tx) => {
        const row = await this.store.lockResponse(tx, input.responseId);
        CyberAlertAccess.assertCanMove(principal, sight, row?.organisationId ?? null);
        const r = row as CyberAlertResponseRow;
        if (r.version !== input.version)
          throw DomainError.conflict(`The response changed since you read it (now version ${r.version}): reload it`);
        CyberAlertResponseTransitions.plan(action, { status: r.state, actorUserId: principal.userId });
        const effect = await apply(tx, r, principal.userId as string);
        tx.record({
          action: effect.action,
          organisationId: r.organisationId,
          entityType: 'cyber_alert_response',
          entityId: r.id,
          summary: effect.summary,
          changes: { alertId: r.alertId, from: r.state, ...effect.changes },
        });
        const after = await this.store.response(tx.manager, r.id, tx.now);
        return toCyberAlertResponse(after as CyberAlertResponseRow);
      },
      { actor: principal.actor },
    );
  }
}
