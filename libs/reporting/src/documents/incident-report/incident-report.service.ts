import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { UnitOfWork } from '@muster/platform-database';
import { Assignment, AssignmentOrder, AssignmentQueriesService, AssignmentsArgs } from '@muster/assignments';
import { IgDecisionsService, IgThreadsService } from '@muster/governance';
import { IncidentQueriesService } from '@muster/incidents';
import { londonDateTime } from '../html';
import { REPORT_ENTITY, ReportDocumentsAudit } from '../report-documents.audit';
import { IncidentReportData, ReportIgThread, renderIncidentReport } from './incident-report.render';
import { IncidentReportStore, TIMELINE_LIMIT } from './incident-report.store';

/** The most assignments a report lists (pages of 100 through the assignments' own query). */
const ASSIGNMENT_PAGES = 20;

export interface IncidentReport {
  incidentId: string;
  reference: string;
  html: string;
  checksum: string;
  generatedAt: Date;
}

/**
 * The report of one incident, as the caller may see it: the incident through its own query
 * service (NOT_FOUND when out of sight), its IG threads and decisions through governance's
 * (decision content only for those IgAccess allows), its assignments through the assignments'
 * list (their sight rules); the records (METHANE, SitReps, decisions, lessons, timeline)
 * follow the incident's sight, as the incident's own GraphQL fields do. Each generation is
 * audited with its checksum (off the incident's timeline, which it prints).
 */
@Injectable()
export class IncidentReportService {
  constructor(
    private readonly db: DataSource,
    private readonly uow: UnitOfWork,
    private readonly incidents: IncidentQueriesService,
    private readonly igThreads: IgThreadsService,
    private readonly igDecisions: IgDecisionsService,
    private readonly assignments: AssignmentQueriesService,
    private readonly store: IncidentReportStore,
  ) {}

  async generate(principal: Principal, incidentId: string): Promise<IncidentReport> {
    const { incident, scene } = await this.incidents.get(principal, incidentId);
    const m = this.db.manager;
    const [methane, sitReps, decisions, lessons, timeline, timelineTotal, ig, assignments] = await Promise.all([
      this.store.methane(m, incidentId),
      this.store.sitReps(m, incidentId),
      this.store.decisions(m, incidentId),
      this.store.lessons(m, incidentId),
      this.store.timeline(m, incidentId, TIMELINE_LIMIT),
      this.store.timelineCount(m, incidentId),
      this.igPosition(principal, incidentId),
      this.assignmentsOf(principal, incidentId),
    ]);
    const nameIds = [
      ...new Set(
        assignments.list.flatMap((a) => [a.organisationId, a.teamId, a.assigneeUserId].filter((x): x is string => !!x)),
      ),
    ];
    const names = new Map((await this.store.names(m, nameIds)).map((n) => [n.id, n.name]));
    return this.uow.run(
      async (tx) => {
        const data: IncidentReportData = {
          incident,
          scene,
          generatedAt: tx.now,
          methane,
          sitReps,
          decisions,
          lessons,
          timeline: { entries: timeline, total: timelineTotal },
          ig,
          assignments: { list: assignments.list, more: assignments.more, names },
        };
        const { html, checksum } = renderIncidentReport(data);
        tx.record({
          action: ReportDocumentsAudit.incidentReportGenerated,
          organisationId: incident.leadOrganisationId,
          entityType: REPORT_ENTITY.incident,
          entityId: incident.id,
          summary: `Incident report of ${incident.reference} generated as at ${londonDateTime(tx.now)}: SHA-256 ${checksum}`,
          changes: {
            checksum,
            asAt: tx.now,
            igContentShown: ig.map((t) => ({ threadId: t.thread.id, shown: t.thread.contentVisible })),
          },
        });
        return { incidentId: incident.id, reference: incident.reference, html, checksum, generatedAt: tx.now };
      },
      { actor: principal.actor },
    );
  }

  /** The IG threads and their decisions, through governance's services: content only where it may be seen. */
  private async igPosition(principal: Principal, incidentId: string): Promise<ReportIgThread[]> {
    const threads = await this.igThreads.ofIncident(principal, incidentId);
    return Promise.all(
      threads.map(async (thread) => ({ thread, decisions: await this.igDecisions.history(principal, thread.id) })),
    );
  }

  /** The incident's assignments the caller sees, oldest first, through the assignments' own list. */
  private async assignmentsOf(
    principal: Principal,
    incidentId: string,
  ): Promise<{ list: Assignment[]; more: boolean }> {
    const list: Assignment[] = [];
    let after: string | undefined;
    for (let page = 0; page < ASSIGNMENT_PAGES; page++) {
      const args = Object.assign(new AssignmentsArgs(), {
        first: 100,
        after,
        filter: { incidentId },
        orderBy: AssignmentOrder.CREATED_OLDEST_FIRST,
      });
      const connection = await this.assignments.list(principal, args);
      list.push(...connection.nodes);
      if (!connection.pageInfo.hasNextPage) return { list, more: false };
      after = connection.pageInfo.endCursor ?? undefined;
    }
    return { list, more: true };
  }
}
