import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Transaction } from '@muster/platform-database';
import { Job, Scheduler } from '@muster/platform-scheduler';
import { NotificationKind, NotificationsService, Recipients } from '@muster/notifications';
import { dutyWords } from '../duty';
import { OnCallAudit, ONCALL_ENTITY } from '../oncall.audit';
import { levelWords } from '../policies/policies.service';
import { PageLive } from './page-live';
import { toPage } from './page.mappers';
import { NewPage, PageRow, PageStore } from './page.store';
import { PageStatus } from './page.types';

const ESCALATE = 'oncall.page-escalation';

interface EscalatePayload {
  pageId: string;
  step: number;
}

export const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/**
 * Runs a page through its escalation levels. Each step reached pages the level's person now
 * (the rota's on-call, the deputy's, or the designated person) with a notification carrying a
 * one-time acknowledgement link, and enqueues the escalation job keyed
 * `oncall-page:<page>:step-<n>` at the level's timeout: a key naming the work once, so two
 * schedulers claim it once, and the job does nothing if the page was acknowledged or has
 * moved on. A level with nobody to page is skipped at once (noted on the page). After the
 * last level (and repeats) the page is EXHAUSTED. Everything joins the caller's unit of work.
 */
@Injectable()
export class PageEngine implements OnModuleInit {
  private readonly linkBase: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: DataSource,
    private readonly scheduler: Scheduler,
    private readonly store: PageStore,
    private readonly notifications: NotificationsService,
    private readonly live: PageLive,
  ) {
    this.linkBase = config.oncall.ackLinkBaseUrl;
  }

  onModuleInit(): void {
    this.scheduler.register({ kind: ESCALATE, handle: (job, tx) => this.escalate(job, tx) });
  }

  /** Raises a page in the caller's transaction and pages its first level; its id. */
  async raise(tx: Transaction, page: NewPage, summary: string): Promise<string> {
    const id = await this.store.insert(tx, page);
    tx.record({
      action: OnCallAudit.pageRaised,
      organisationId: page.organisationId,
      entityType: ONCALL_ENTITY.page,
      entityId: id,
      incidentId: page.incidentId,
      summary,
      changes: {
        duty: page.duty,
        trigger: page.trigger,
        message: page.message,
        levels: page.levels,
        repeats: page.repeats,
      },
    });
    await this.pageFrom(tx, (await this.store.get(tx.manager, id)) as PageRow, 0);
    this.live.timelineChanged(tx, page.incidentId);
    return id;
  }

  /** Pages step `from` onwards until someone is paged, or the steps run out. */
  private async pageFrom(tx: Transaction, page: PageRow, from: number): Promise<void> {
    const steps = page.levels.length * (page.repeats + 1);
    for (let step = from; step < steps; step++) {
      const levelIndex = step % page.levels.length;
      const level = page.levels[levelIndex];
      const target = await this.store.target(tx.manager, page.organisationId, page.duty, level, tx.now);
      const who = levelWords(level);
      const event = {
        organisationId: page.organisationId,
        entityType: ONCALL_ENTITY.page,
        entityId: page.id,
        incidentId: page.incidentId,
      };
      if (!target) {
        await this.store.insertNotice(tx, page.id, step, levelIndex + 1, null, null);
        tx.record({
          ...event,
          action: OnCallAudit.pageEscalated,
          summary: `Page of the ${dutyWords(page.duty)} on-call at ${page.organisationName}: nobody is ${who} (level ${levelIndex + 1}), next level`,
          changes: { step, level: levelIndex + 1, target: level.target, userId: null },
        });
        continue;
      }
      const token = randomBytes(16).toString('base64url');
      await this.store.insertNotice(tx, page.id, step, levelIndex + 1, target.userId, hashToken(token));
      await this.store.moveTo(tx, page.id, step, target.userId, PageStatus.OPEN);
      await this.notifications.notify(
        NotificationKind.ON_CALL_PAGE,
        { organisationId: page.organisationId, entityType: ONCALL_ENTITY.page, entityId: page.id },
        [Recipients.user(target.userId)],
        {
          params: {
            dutyName: `${dutyWords(page.duty)} on-call`,
            incidentRef: page.incidentReference ?? 'no incident',
            message: page.message,
            ackMinutes: level.ackTimeoutMinutes,
            ackLink: `${this.linkBase}/ack/${token}`,
          },
          dedupeKey: `oncall-page:${page.id}:step-${step}`,
        },
      );
      tx.record({
        ...event,
        action: OnCallAudit.pageSent,
        summary: `Paged ${who} of ${page.organisationName} (${dutyWords(page.duty)}, level ${levelIndex + 1}): acknowledge within ${level.ackTimeoutMinutes} min`,
        changes: { step, level: levelIndex + 1, target: level.target, userId: target.userId },
      });
      await this.scheduler.enqueue(tx, {
        kind: ESCALATE,
        key: `oncall-page:${page.id}:step-${step}`,
        runAt: new Date(tx.now.getTime() + level.ackTimeoutMinutes * 60_000),
        organisationId: page.organisationId,
        payload: { pageId: page.id, step } satisfies EscalatePayload,
      });
      this.live.paged(tx, target.userId, async () =>
        toPage((await this.store.get(this.db.manager, page.id)) as PageRow),
      );
      return;
    }
    await this.store.moveTo(tx, page.id, steps - 1, null, PageStatus.EXHAUSTED);
    tx.record({
      action: OnCallAudit.pageExhausted,
      organisationId: page.organisationId,
      entityType: ONCALL_ENTITY.page,
      entityId: page.id,
      incidentId: page.incidentId,
      summary: `Page of the ${dutyWords(page.duty)} on-call at ${page.organisationName}: nobody acknowledged at any level`,
      changes: { steps },
    });
  }

  private async escalate(job: Job, tx: Transaction): Promise<string> {
    const { pageId, step } = job.payload as unknown as EscalatePayload;
    const page = await this.store.lock(tx, pageId, []);
    if (!page) return 'the page is gone';
    if (page.status !== PageStatus.OPEN) return `nothing to do: the page is ${page.status.toLowerCase()}`;
    if (page.step !== step) return 'nothing to do: the page has moved on';
    const level = page.levels[step % page.levels.length];
    tx.record({
      action: OnCallAudit.pageEscalated,
      organisationId: page.organisationId,
      entityType: ONCALL_ENTITY.page,
      entityId: page.id,
      incidentId: page.incidentId,
      summary: `Page of the ${dutyWords(page.duty)} on-call at ${page.organisationName} not acknowledged within ${level.ackTimeoutMinutes} min: escalating`,
      changes: { fromStep: step, pagedUserId: page.pagedUserId },
    });
    await this.pageFrom(tx, page, step + 1);
    this.live.timelineChanged(tx, page.incidentId);
    return `page escalated from step ${step}`;
  }
}
