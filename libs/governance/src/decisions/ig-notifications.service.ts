import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { IncidentAccess } from '@muster/incidents';
import { londonTime } from '../clock/ig-clocks';
import { GovernanceAudit, IG_ENTITY } from '../governance.audit';
import { DECISION_FOR_RECIPIENT, DECISION_TYPE_LABELS, IgOutcome, IgRecipient } from '../ig-enums';
import { IgAccess } from '../ig.access';
import { RecordIgNotificationInput } from '../ig.inputs';
import { IgLive } from '../ig-live';
import { toNotificationRecord } from '../ig.mappers';
import { IgStore, ThreadRow } from '../ig.store';
import { IgNotificationRecord } from '../ig.types';

export const RECIPIENT_LABELS: Record<IgRecipient, string> = {
  [IgRecipient.ICO]: 'the ICO',
  [IgRecipient.DSPT]: 'the DSPT',
  [IgRecipient.NIS_COMPETENT_AUTHORITY]: 'the NIS competent authority',
  [IgRecipient.DATA_SUBJECTS]: 'the data subjects',
  [IgRecipient.SENIOR_MANAGEMENT]: 'senior management',
};

/** Recipients that give a reference the notification is recorded with. */
const NEEDS_REFERENCE: readonly IgRecipient[] = [
  IgRecipient.ICO,
  IgRecipient.DSPT,
  IgRecipient.NIS_COMPETENT_AUTHORITY,
];

/** The deadline of a recipient's first notification, if the law or the DSPT sets one. */
function deadlineOf(thread: ThreadRow, recipient: IgRecipient): Date | null {
  if (recipient === IgRecipient.SENIOR_MANAGEMENT) return thread.seniorManagementDueAt;
  if (recipient === IgRecipient.DATA_SUBJECTS) return null; // without undue delay: no fixed hours
  return thread.deadlineAt;
}

/**
 * Notifications made: the first to a recipient, then further submissions (Art. 33(4)), each
 * a new immutable row numbered by phase. A notification to an authority or the data
 * subjects carries out the thread's current REPORTABLE decision of the matching type; a
 * first one after its deadline needs the reasons for the delay.
 */
@Injectable()
export class IgNotificationsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: IgStore,
    private readonly live: IgLive,
  ) {}

  record(principal: Principal, input: RecordIgNotificationInput): Promise<IgNotificationRecord> {
    return this.uow.run(
      async (tx) => {
        const found = await this.store.thread(tx.manager, input.threadId, IncidentAccess.icbCandidates(principal));
        const thread = IgAccess.assertCanSeeThread(principal, found);
        IgAccess.assertCanRecord(principal, thread.organisationId);
        await this.store.lockThread(tx, thread.id);
        const notifiedAt = input.notifiedAt ?? tx.now;
        if (notifiedAt.getTime() > tx.now.getTime())
          throw DomainError.badInput('notifiedAt', 'cannot be in the future');
        if (notifiedAt.getTime() < thread.detectedAt.getTime())
          throw DomainError.badInput('notifiedAt', 'cannot be before the breach was detected');
        const type = DECISION_FOR_RECIPIENT[input.recipient];
        const decision = type ? await this.store.currentOfType(tx.manager, thread.id, type) : null;
        if (type && decision?.outcome !== IgOutcome.REPORTABLE)
          throw DomainError.conflict(
            `Notifying ${RECIPIENT_LABELS[input.recipient]} needs a current REPORTABLE ${DECISION_TYPE_LABELS[type]} decision in this thread`,
          );
        if (NEEDS_REFERENCE.includes(input.recipient) && !input.externalReference)
          throw DomainError.badInput('externalReference', `is required for ${RECIPIENT_LABELS[input.recipient]}`);
        const first = !(await this.store.hasNotified(tx.manager, thread.id, input.recipient));
        const deadline = deadlineOf(thread, input.recipient);
        const late = first && deadline !== null && notifiedAt.getTime() > deadline.getTime();
        if (late && !input.delayReason)
          throw DomainError.badInput(
            'delayReason',
            `is required: the deadline was ${londonTime(deadline)}, and the notification came after it`,
          );
        const record = await this.store.insertNotification(tx, {
          threadId: thread.id,
          recipient: input.recipient,
          decisionId: decision?.id ?? null,
          notifiedAt,
          externalReference: input.externalReference ?? null,
          details: input.details ?? null,
          late,
          delayReason: input.delayReason ?? null,
          recordedBy: principal.userId,
        });
        tx.record({
          action: GovernanceAudit.notificationRecorded,
          organisationId: thread.organisationId,
          entityType: IG_ENTITY.notification,
          entityId: record.id,
          incidentId: thread.incidentId,
          summary: `${thread.incidentReference} ${thread.organisationName}: ${RECIPIENT_LABELS[input.recipient]} notified${record.phase > 1 ? ` (further information, phase ${record.phase})` : ''}${late ? ', after the deadline' : ''}`,
          changes: {
            threadId: thread.id,
            recipient: record.recipient,
            phase: record.phase,
            notifiedAt,
            late,
            decisionId: record.decisionId,
            contentSha256: createHash('sha256')
              .update(JSON.stringify([record.externalReference, record.details, record.delayReason]))
              .digest('hex'),
          },
        });
        this.live.timelineChanged(tx, thread.incidentId);
        return toNotificationRecord(record, IgAccess.canSeeContent(principal, thread.organisationId, thread));
      },
      { actor: principal.actor },
    );
  }
}
