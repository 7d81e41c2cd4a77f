import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '@muster/identity';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { FrameworkKind } from '../frameworks/framework-kind';
import { FrameworkStore } from '../frameworks/framework.store';
import { AssessmentAccess } from './assessment.access';
import { toAssessment } from './assessment.mappers';
import { AssessmentStore } from './assessment.store';
import { Assessment, AssuranceOverview, AssuranceOverviewRow } from './assessment.types';
import { BandPolicy } from './band-policy';

const GAP_LIMIT = 200;

/** Reading assessments: one, an organisation's, and the ICS view of a framework version. */
@Injectable()
export class AssessmentQueriesService {
  constructor(
    private readonly db: DataSource,
    private readonly store: AssessmentStore,
    private readonly frameworks: FrameworkStore,
    private readonly organisations: OrganisationsService,
    private readonly bands: BandPolicy,
  ) {}

  async get(principal: Principal, id: string): Promise<Assessment> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    return toAssessment(
      AssessmentAccess.assertCanSee(principal, await this.store.findById(this.db.manager, id), icbLead),
    );
  }

  async ofOrganisation(principal: Principal, organisationId: string): Promise<Assessment[]> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    if (!AssessmentAccess.canSeeOrganisation(principal, organisationId, icbLead))
      throw DomainError.notFound('Organisation');
    return (await this.store.ofOrganisation(this.db.manager, organisationId)).map(toAssessment);
  }

  /**
   * The heat map of a framework version (each organisation's latest assessment, rated per
   * top-level section), each organisation's band and the band of the assessment it was
   * copied from (movement since last period), and the system's gaps. Organisations in sight
   * the framework applies to (a requirement for their kind) without an assessment come
   * first, not started: whom the ICB must chase. Everyone who
   * sees an organisation sees its row: the ICB's EPRR lead and system-wide roles all of
   * them, others their own. A constant number of statements whatever the organisations.
   */
  async overview(principal: Principal, frameworkId: string): Promise<AssuranceOverview> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    const m = this.db.manager;
    const framework = await this.frameworks.findById(m, frameworkId);
    if (!framework) throw DomainError.notFound('AssuranceFramework');
    const scope = principal.isSystemWide || icbLead ? null : principal.organisationIds;
    const sections = (await this.frameworks.sectionsOf(m, [frameworkId])).filter((s) => s.parentId === null);
    const cells = await this.store.overviewCells(m, frameworkId, scope);
    const gaps = await this.store.overviewGaps(m, frameworkId, scope, GAP_LIMIT);
    const notStarted = await this.store.overviewNotStarted(m, frameworkId, scope);
    const previous = new Map(
      (await this.store.overviewPrevious(m, frameworkId, scope)).map((p) => [p.organisationId, p]),
    );
    const rows = new Map<string, AssuranceOverviewRow & { totals: { full: number; all: number } }>();
    for (const c of cells) {
      const row =
        rows.get(c.organisationId) ??
        ({
          organisationId: c.organisationId,
          organisationName: c.organisationName,
          started: true,
          assessmentId: c.assessmentId,
          period: c.period,
          status: c.status,
          cells: [],
          band: this.bands.band(0, 0, false),
          previousPeriod: null,
          previousBand: null,
          totals: { full: 0, all: 0 },
        } satisfies AssuranceOverviewRow & { totals: { full: number; all: number } });
      row.cells.push({
        sectionReference: c.sectionReference,
        full: c.full,
        partial: c.partial,
        none: c.none,
        unrated: c.unrated,
      });
      if (!c.deepDive) {
        row.totals.full += c.full;
        row.totals.all += c.full + c.partial + c.none + c.unrated;
      }
      rows.set(c.organisationId, row);
    }
    const withBand = framework.kind === FrameworkKind.EPRR_CORE_STANDARDS;
    return {
      frameworkId,
      sections: sections.map((s) => ({ reference: s.reference, name: s.name, deepDive: s.deepDive })),
      organisations: [
        ...notStarted.map((o): AssuranceOverviewRow => ({
          ...o,
          started: false,
          assessmentId: null,
          period: null,
          status: null,
          band: null,
          previousPeriod: null,
          previousBand: null,
          cells: [],
        })),
        ...[...rows.values()].map(({ totals, ...row }) => {
          const before = previous.get(row.organisationId);
          return {
            ...row,
            band: this.bands.band(totals.full, totals.all, withBand),
            previousPeriod: before?.period ?? null,
            previousBand: before ? this.bands.band(before.full, before.applicable, withBand) : null,
          };
        }),
      ],
      gaps: gaps.map((g) => ({
        id: g.id,
        assessmentId: g.assessmentId,
        organisationId: g.organisationId,
        organisationName: g.organisationName,
        reference: g.reference,
        title: g.title,
        rating: g.rating,
        improvement: g.improvement,
        targetDate: g.targetDate,
        ratedAt: g.ratedAt,
      })),
    };
  }
}
