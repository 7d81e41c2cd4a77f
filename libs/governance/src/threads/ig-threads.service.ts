import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig, GovernanceSettings } from '@muster/platform-config';
import { Clock, DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { IncidentAccess, IncidentStatus, BreachAwareness } from '@muster/incidents';
import { DUE_SOON_HOURS, hoursAfter, londonTime, NOTIFY_WITHIN_HOURS } from '../clock/ig-clocks';
import { GovernanceAudit, IG_ENTITY } from '../governance.audit';
import { IgAccess } from '../ig.access';
import { IgDeadlinesArgs, OpenIgThreadInput } from '../ig.inputs';
import { IgLive } from '../ig-live';
import { toThread } from '../ig.mappers';
import { IgStore, ThreadRow, ThreadScope } from '../ig.store';
import { IgThread } from '../ig.types';
import { IgDeadlineJobs } from '../notices/ig-deadline.jobs';

const DEADLINES_CURSOR = new KeysetCursor('igDeadlines', ['timestamp', 'uuid']);

/** Opening a thread, and reading threads as the caller may see them (else NOT_FOUND). */
@Injectable()
export class IgThreadsService {
  private readonly settings: GovernanceSettings;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly store: IgStore,
    private readonly jobs: IgDeadlineJobs,
    private readonly live: IgLive,
    private readonly awareness: BreachAwareness,
  ) {
    this.settings = config.governance;
  }

  /** Opens the organisation's thread: an IG officer of it, on an incident they see that is not closed. */
  open(principal: Principal, input: OpenIgThreadInput): Promise<IgThread> {
    return this.uow.run(
      async (tx) => {
        const sight = await this.store.incidentSight(
          tx.manager,
          input.incidentId,
          IncidentAccess.icbCandidates(principal),
        );
        const incident = IgAccess.assertCanSeeThread(principal, sight, 'Incident');
        if (![incident.leadOrganisationId, ...incident.affectedOrganisationIds].includes(input.organisationId))
          throw DomainError.badInput('organisationId', 'is not the lead or an affected organisation of this incident');
        IgAccess.assertCanRecord(principal, input.organisationId);
        if (incident.status === IncidentStatus.CLOSED)
          throw DomainError.conflict(`Incident ${incident.reference} is closed: no new IG thread can be opened`);
        const awarenessAt = input.awarenessAt;
        const detectedAt = input.detectedAt ?? awarenessAt;
        if (awarenessAt.getTime() > tx.now.getTime())
          throw DomainError.badInput('awarenessAt', 'cannot be in the future');
        if (detectedAt.getTime() > awarenessAt.getTime())
          throw DomainError.badInput('detectedAt', 'cannot be after the awareness time');
        const told = input.processor?.toldControllerAt ?? null;
        if (told && (told.getTime() > tx.now.getTime() || told.getTime() < detectedAt.getTime()))
          throw DomainError.badInput('processor.toldControllerAt', 'must be between detection and now');
        const id = await this.store.insertThread(tx, {
          incidentId: incident.id,
          organisationId: input.organisationId,
          detectedAt,
          awarenessAt,
          deadlineAt: hoursAfter(awarenessAt, NOTIFY_WITHIN_HOURS),
          seniorManagementDueAt: hoursAfter(detectedAt, this.settings.seniorManagementReportHours),
          processorName: input.processor?.name ?? null,
          processorDueAt: input.processor ? hoursAfter(detectedAt, this.settings.processorNoticeHours) : null,
          processorToldControllerAt: told,
          openedBy: principal.userId,
        });
        const thread = (await this.store.thread(tx.manager, id, [])) as ThreadRow;
        tx.record({
          action: GovernanceAudit.threadOpened,
          organisationId: thread.organisationId,
          entityType: IG_ENTITY.thread,
          entityId: id,
          incidentId: incident.id,
          summary: `${incident.reference} IG thread opened for ${thread.organisationName}: aware ${londonTime(awarenessAt)}, 72-hour deadline ${londonTime(thread.deadlineAt)}`,
          changes: {
            organisationId: thread.organisationId,
            detectedAt,
            awarenessAt,
            deadlineAt: thread.deadlineAt,
            seniorManagementDueAt: thread.seniorManagementDueAt,
            processorDueAt: thread.processorDueAt,
          },
        });
        await this.jobs.schedule(tx, thread);
        // The steps of runbooks activated for the organisation that count from awareness now have a due time.
        await this.awareness.known(tx, {
          incidentId: incident.id,
          organisationId: thread.organisationId,
          awareAt: awarenessAt,
        });
        this.live.timelineChanged(tx, incident.id);
        return toThread({ ...thread, icbIds: incident.icbIds }, principal, tx.now);
      },
      { actor: principal.actor },
    );
  }

  /** The threads of an incident the caller sees, by organisation name. */
  async ofIncident(principal: Principal, incidentId: string): Promise<IgThread[]> {
    const candidates = IncidentAccess.icbCandidates(principal);
    const sight = await this.store.incidentSight(this.db.manager, incidentId, candidates);
    IgAccess.assertCanSeeThread(principal, sight, 'Incident');
    const now = this.clock.now();
    return (await this.store.threadsOfIncident(this.db.manager, incidentId, candidates)).map((r) =>
      toThread(r, principal, now),
    );
  }

  async get(principal: Principal, id: string): Promise<IgThread> {
    return toThread(await this.visible(principal, id), principal, this.clock.now());
  }

  /** The row of a thread the caller sees (else NOT_FOUND). */
  async visible(principal: Principal, id: string): Promise<ThreadRow> {
    const row = await this.store.thread(this.db.manager, id, IncidentAccess.icbCandidates(principal));
    return IgAccess.assertCanSeeThread(principal, row);
  }

  /**
   * Threads of incidents the caller sees whose 72-hour deadline is within 24 hours or has
   * passed, with no notification to the ICO (or through the DSPT) and no current
   * NOT_REPORTABLE decision: soonest first.
   */
  async deadlines(principal: Principal, args: IgDeadlinesArgs): Promise<Connection<IgThread>> {
    const after = args.after ? DEADLINES_CURSOR.decode(args.after) : null;
    const now = this.clock.now();
    const scope: ThreadScope = principal.isSystemWide
      ? { all: true }
      : {
          all: false,
          organisationIds: principal.organisationIds,
          userId: principal.userId,
          icbCandidates: IncidentAccess.icbCandidates(principal),
        };
    const rows = await this.store.deadlines(
      this.db.manager,
      scope,
      args.organisationId,
      hoursAfter(now, DUE_SOON_HOURS),
      args.first + 1,
      after,
    );
    return toConnection(
      rows,
      args.first,
      DEADLINES_CURSOR,
      (r) => [r.deadlineAt.toISOString(), r.id],
      (r) => toThread(r, principal, now),
    );
  }
}
