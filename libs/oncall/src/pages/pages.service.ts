import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { Actor, Clock, DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { dutyWords } from '../duty';
import { OnCallAccess } from '../oncall.access';
import { OnCallAudit, ONCALL_ENTITY } from '../oncall.audit';
import { PolicyStore } from '../policies/policy.store';
import { PoliciesService } from '../policies/policies.service';
import { RotaStore } from '../rotas/rota.store';
import { hashToken, PageEngine } from './page-engine';
import { PageLive } from './page-live';
import { toPage } from './page.mappers';
import { LockedPage, NewPage, PageRow, PageScope, PageStore } from './page.store';
import { AcknowledgePageInput, Page, PageOnCallInput, PagesArgs, PageStatus, PageTrigger } from './page.types';

const CURSOR = new KeysetCursor('pages', ['timestamp', 'uuid']);

/** What a one-time link answers: the page acknowledged now, or why not. */
export type LinkOutcome = 'acknowledged' | 'closed' | 'invalid';
/** A link not used yet, before the person confirms: `open`; else what acknowledging it would answer. */
export type LinkState = 'open' | 'closed' | 'invalid';
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** Raising pages by hand or on an event, acknowledging them, and reading them as the caller may. */
@Injectable()
export class PagesService {
  constructor(
    private readonly db: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly store: PageStore,
    private readonly rotas: RotaStore,
    private readonly policies: PolicyStore,
    private readonly defaults: PoliciesService,
    private readonly engine: PageEngine,
    private readonly live: PageLive,
  ) {}

  pageOnCall(principal: Principal, input: PageOnCallInput): Promise<Page> {
    return this.uow.run(
      async (tx) => {
        const sight = await this.rotas.organisationSight(
          tx.manager,
          input.organisationId,
          OnCallAccess.icbCandidates(principal),
        );
        OnCallAccess.assertCanPage(principal, sight);
        let incidentReference: string | null = null;
        if (input.incidentId) {
          const incident = await this.store.incidentOf(tx.manager, input.incidentId);
          if (!incident || !incident.organisationIds.includes(input.organisationId))
            throw DomainError.badInput('incidentId', 'is not an incident of this organisation');
          incidentReference = incident.reference;
        }
        const id = await this.raiseIn(tx, {
          organisationId: input.organisationId,
          duty: input.duty,
          incidentId: input.incidentId ?? null,
          trigger: PageTrigger.MANUAL,
          message: input.message,
          raisedBy: principal.userId,
          incidentReference,
        });
        return toPage((await this.store.get(tx.manager, id)) as PageRow);
      },
      { actor: principal.actor },
    );
  }

  /**
   * A page an event raises (incident reported or declared, IG thread opened, cyber alert), in
   * the event's unit of work — only for an organisation that keeps a rota or a policy for the
   * duty, and once per incident, organisation, duty and event. Null when it raises none.
   */
  async raiseForEvent(
    tx: Transaction,
    e: {
      organisationId: string;
      duty: NewPage['duty'];
      incidentId: string | null;
      incidentReference: string | null;
      trigger: PageTrigger;
      message: string;
    },
  ): Promise<string | null> {
    if (!(await this.store.keepsOnCall(tx.manager, e.organisationId, e.duty))) return null;
    if (e.incidentId && (await this.store.alreadyPaged(tx.manager, e.incidentId, e.organisationId, e.duty, e.trigger)))
      return null;
    return this.raiseIn(tx, { ...e, raisedBy: null });
  }

  private async raiseIn(
    tx: Transaction,
    p: Omit<NewPage, 'levels' | 'repeats'> & { incidentReference: string | null },
  ): Promise<string> {
    const policy =
      (await this.policies.one(tx.manager, p.organisationId, p.duty)) ??
      this.defaults.defaultPolicy(p.organisationId, p.duty);
    const about = p.incidentReference ? ` on ${p.incidentReference}` : '';
    return this.engine.raise(
      tx,
      {
        organisationId: p.organisationId,
        duty: p.duty,
        incidentId: p.incidentId,
        trigger: p.trigger,
        message: p.message,
        raisedBy: p.raisedBy,
        levels: policy.levels,
        repeats: policy.repeats,
      },
      `Page raised for the ${dutyWords(p.duty)} on-call${about}: ${p.message}`,
    );
  }

  acknowledge(principal: Principal, input: AcknowledgePageInput): Promise<Page> {
    return this.uow.run(
      async (tx) => {
        const page = await this.store.lock(tx, input.pageId, OnCallAccess.icbCandidates(principal));
        const seen = OnCallAccess.assertCanSee(principal, page, 'Page');
        const locked = page as LockedPage;
        const userId = principal.userId;
        const paged = !!userId && locked.notices.some((n) => n.person?.userId === userId);
        if (!userId || !(paged || OnCallAccess.canEdit(principal, seen.organisationId)))
          throw DomainError.forbidden(
            'Only a person it paged, or an admin or EPRR lead of the organisation, acknowledges a page',
          );
        if (locked.status !== PageStatus.OPEN)
          throw DomainError.conflict(`The page is already ${locked.status.toLowerCase()}`);
        await this.acknowledgeIn(tx, locked, userId, 'API');
        return toPage((await this.store.get(tx.manager, locked.id)) as PageRow);
      },
      { actor: principal.actor },
    );
  }

  /** The one-time link: acknowledges as the person it was sent to, once; any other use is refused. */
  /** Where a one-time link stands, changing nothing: opening it (or a mail scanner fetching it) acknowledges nothing. */
  async linkState(token: string): Promise<LinkState> {
    if (!TOKEN.test(token)) return 'invalid';
    const state = await this.store.tokenState(this.db.manager, hashToken(token));
    if (!state) return 'invalid';
    return state.usedAt || state.status !== PageStatus.OPEN ? 'closed' : 'open';
  }

  async acknowledgeByLink(token: string): Promise<LinkOutcome> {
    if (!TOKEN.test(token)) return 'invalid';
    const hash = hashToken(token);
    const holder = await this.store.tokenHolder(this.db.manager, hash);
    if (!holder) return 'invalid';
    const actor: Actor = { type: 'USER', id: holder.userId, label: holder.email };
    return this.uow.run(
      async (tx): Promise<LinkOutcome> => {
        const notice = await this.store.lockToken(tx, hash);
        if (!notice || notice.usedAt || notice.status !== PageStatus.OPEN) {
          tx.nothingToRecord();
          return notice ? 'closed' : 'invalid';
        }
        const page = (await this.store.lock(tx, notice.pageId, [])) as LockedPage;
        await this.acknowledgeIn(tx, page, notice.userId, 'LINK');
        return 'acknowledged';
      },
      { actor },
    );
  }

  private async acknowledgeIn(tx: Transaction, page: LockedPage, userId: string, via: 'API' | 'LINK'): Promise<void> {
    await this.store.acknowledge(tx, page.id, userId, via);
    const seconds = Math.max(0, Math.floor((tx.now.getTime() - new Date(page.raisedAt).getTime()) / 1000));
    tx.record({
      action: OnCallAudit.pageAcknowledged,
      organisationId: page.organisationId,
      entityType: ONCALL_ENTITY.page,
      entityId: page.id,
      incidentId: page.incidentId,
      summary: `Page of the ${dutyWords(page.duty)} on-call at ${page.organisationName} acknowledged after ${Math.round(seconds / 60)} min${via === 'LINK' ? ' (one-time link)' : ''}`,
      changes: {
        acknowledgedBy: userId,
        via,
        secondsToAcknowledge: seconds,
        level: (page.step % page.levels.length) + 1,
      },
    });
    this.live.timelineChanged(tx, page.incidentId);
  }

  async get(principal: Principal, id: string): Promise<Page> {
    const row = await this.store.get(this.db.manager, id);
    if (!row) throw DomainError.notFound('Page');
    const sight = await this.rotas.organisationSight(
      this.db.manager,
      row.organisationId,
      OnCallAccess.icbCandidates(principal),
    );
    OnCallAccess.assertCanSee(principal, sight, 'Page');
    return toPage(row);
  }

  async pages(principal: Principal, args: PagesArgs): Promise<Connection<Page>> {
    const after = args.after ? CURSOR.decode(args.after) : null;
    if (args.organisationId) {
      const sight = await this.rotas.organisationSight(
        this.db.manager,
        args.organisationId,
        OnCallAccess.icbCandidates(principal),
      );
      OnCallAccess.assertCanSee(principal, sight);
    }
    const scope: PageScope =
      principal.isSystemWide && principal.actor.type !== 'API_KEY'
        ? { all: true }
        : {
            all: false,
            organisationIds: principal.organisationIds,
            icbCandidates: principal.actor.type === 'API_KEY' ? [] : OnCallAccess.icbCandidates(principal),
          };
    const rows = await this.store.list(this.db.manager, scope, args, args.first + 1, after);
    return toConnection(rows, args.first, CURSOR, (r) => [new Date(r.raisedAt).toISOString(), r.id], toPage);
  }

  now(): Date {
    return this.clock.now();
  }
}
