import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { CyberAlertAudit } from '../posture.audit';
import { CyberAlertDeadlineJobs } from './cyber-alert-deadlines.jobs';
import { CyberAlertSeverity } from './cyber-alert-enums';
import { CyberAlertNotices } from './cyber-alert-notices';
import { CyberAlertAccess } from './cyber-alert.access';
import { RecordCyberAlertInput } from './cyber-alert.inputs';
import { toCyberAlert } from './cyber-alert.mappers';
import { CyberAlertStore } from './cyber-alert.store';
import { CyberAlert } from './cyber-alert.types';

const HOUR_MS = 3_600_000;

/**
 * The SOC records an NHS cyber alert once, for every organisation it goes to: the alert,
 * one RECEIVED response per organisation with its deadlines, the clocks on the scheduler
 * and a notice to each organisation's Cyber/Digital people — one unit of work.
 */
@Injectable()
export class CyberAlertRecordingService {
  private readonly ackMs: number;
  private readonly firstUpdateMs: number;

  constructor(
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'cyberAlerts'>,
    private readonly db: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: CyberAlertStore,
    private readonly jobs: CyberAlertDeadlineJobs,
    private readonly notices: CyberAlertNotices,
  ) {
    this.ackMs = config.cyberAlerts.ackHours * HOUR_MS;
    this.firstUpdateMs = config.cyberAlerts.firstUpdateDays * 24 * HOUR_MS;
  }

  async record(principal: Principal, input: RecordCyberAlertInput): Promise<CyberAlert> {
    const sight = await this.store.sightOf(this.db.manager, principal);
    const socId = CyberAlertAccess.recordingSoc(principal, sight);
    return this.uow.run(
      async (tx) => {
        if (input.issuedAt.getTime() > tx.now.getTime()) throw DomainError.badInput('issuedAt', 'is in the future');
        const organisationIds = input.organisationIds
          ? [...new Set(input.organisationIds)]
          : await this.store.memberOrganisations(tx.manager);
        if (input.organisationIds) {
          const existing = await this.store.existingOrganisations(tx.manager, organisationIds);
          const unknown = organisationIds.filter((id) => !existing.has(id));
          if (unknown.length)
            throw DomainError.badInput('organisationIds', `names no organisation: ${unknown.join(', ')}`);
        }
        if (!organisationIds.length)
          throw DomainError.badInput('organisationIds', 'there is no organisation to send it to');
        const issued = input.issuedAt.getTime();
        const ackDueAt = input.severity === CyberAlertSeverity.HIGH ? new Date(issued + this.ackMs) : null;
        const firstUpdateDueAt = new Date(issued + this.firstUpdateMs);
        const id = await this.store.insert(
          tx,
          {
            reference: input.reference,
            title: input.title,
            severity: input.severity,
            summary: input.summary ?? '',
            issuedAt: input.issuedAt,
            recordedBy: principal.userId as string,
            recordedByOrganisationId: socId,
          },
          organisationIds,
          { ackDueAt, firstUpdateDueAt },
        );
        tx.record({
          action: CyberAlertAudit.recorded,
          organisationId: socId,
          entityType: 'cyber_alert',
          entityId: id,
          summary: `NHS cyber alert ${input.reference} (${input.severity}) recorded for ${organisationIds.length} organisation(s)`,
          changes: {
            reference: input.reference,
            title: input.title,
            severity: input.severity,
            issuedAt: input.issuedAt.toISOString(),
            acknowledgeBy: ackDueAt?.toISOString() ?? null,
            firstUpdateDueAt: firstUpdateDueAt.toISOString(),
            organisationIds,
          },
        });
        await this.jobs.schedule(tx, {
          id,
          severity: input.severity,
          issuedAt: input.issuedAt,
          ackDueAt,
          firstUpdateDueAt,
        });
        await this.notices.recorded(
          tx,
          { id, reference: input.reference, title: input.title, ackDueAt, firstUpdateDueAt },
          organisationIds,
          principal.userId,
        );
        const row = await this.store.findAlert(tx.manager, id);
        return toCyberAlert(row as NonNullable<typeof row>, CyberAlertAccess.scope(principal, sight));
      },
      { actor: principal.actor },
    );
  }
}
