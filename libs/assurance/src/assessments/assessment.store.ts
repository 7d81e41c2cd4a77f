import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { conflictOnDuplicate, sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { FrameworkKind } from '../frameworks/framework-kind';
import { AssessmentStatus, AssuranceRating } from './assessment-enums';
import { AssuranceAssessmentEntity } from './assessment.entity';

/** An assessment with what decides who sees it and how it is rated. */
export interface AssessmentRow extends AssuranceAssessmentEntity {
  organisationName: string;
  organisationKind: string;
  frameworkKind: FrameworkKind;
  frameworkName: string;
  frameworkVersion: string;
}

/** A requirement's row in an assessment (its id is the gap's id when it is not fully met). */
export interface RatingRow {
  id: string;
  assessmentId: string;
  requirementId: string;
  reference: string;
  title: string;
  /** The requirement's section, and that section's parent (a CAF principle's objective; null for EPRR domains). */
  sectionReference: string;
  sectionName: string;
  parentReference: string | null;
  /** A question of the year's deep dive: rated, never counted in the band. */
  deepDive: boolean;
  rating: AssuranceRating | null;
  evidence: string;
  evidenceLinks: string[];
  ownerUserId: string | null;
  improvement: string;
  targetDate: string | null;
  ratedAt: Date | null;
  position: number;
}

export interface GapActionRow {
  sourceId: string;
  id: string;
  status: string;
  title: string;
}

export interface OverviewCellRow {
  organisationId: string;
  organisationName: string;
  assessmentId: string;
  status: AssessmentStatus;
  period: string;
  sectionReference: string;
  sectionName: string;
  deepDive: boolean;
  full: number;
  partial: number;
  none: number;
  unrated: number;
}

export interface OverviewGapRow {
  id: string;
  assessmentId: string;
  organisationId: string;
  organisationName: string;
  reference: string;
  title: string;
  rating: AssuranceRating;
  improvement: string;
  targetDate: string | null;
  ratedAt: Date | null;
}

const SELECT = `SELECT a.id, a.organisation_id AS "organisationId", a.framework_id AS "frameworkId", a.period, a.status,
       a.previous_assessment_id AS "previousAssessmentId", a.return_comment AS "returnComment", a.created_by AS "createdBy",
       a.submitted_at AS "submittedAt", a.confirmed_at AS "confirmedAt", a.confirmed_by AS "confirmedBy",
       a.published_at AS "publishedAt", a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.version,
       o.name AS "organisationName", o.kind AS "organisationKind",
       f.kind AS "frameworkKind", f.name AS "frameworkName", f.version AS "frameworkVersion"
  FROM assurance_assessment a
  JOIN organisation o ON o.id = a.organisation_id
  JOIN assurance_framework f ON f.id = a.framework_id`;

const RATING = `SELECT g.id, g.assessment_id AS "assessmentId", g.requirement_id AS "requirementId", r.reference, r.title,
       s.reference AS "sectionReference", s.name AS "sectionName", p.reference AS "parentReference",
       s.deep_dive AS "deepDive", g.rating, g.evidence, g.evidence_links AS "evidenceLinks", g.owner_user_id AS "ownerUserId",
       g.improvement, to_char(g.target_date, 'YYYY-MM-DD') AS "targetDate", g.rated_at AS "ratedAt", r.position
  FROM assurance_rating g
  JOIN assurance_requirement r ON r.id = g.requirement_id
  JOIN assurance_section s ON s.id = r.section_id
  LEFT JOIN assurance_section p ON p.id = s.parent_id`;

const FULL = `('FULLY_COMPLIANT', 'ACHIEVED')`;
const NONE = `('NON_COMPLIANT', 'NOT_ACHIEVED')`;

/** The assessment tables: an assessment and a row per applicable requirement. */
@Injectable()
export class AssessmentStore {
  async findById(manager: EntityManager, id: string): Promise<AssessmentRow | null> {
    const [row] = await sqlRows<AssessmentRow>(manager, `${SELECT} WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  async lock(tx: Transaction, id: string): Promise<AssessmentRow | null> {
    const [row] = await sqlRows<AssessmentRow>(tx.manager, `${SELECT} WHERE a.id = $1 FOR UPDATE OF a`, [id]);
    return row ?? null;
  }

  /** An organisation's assessments, newest period first. */
  ofOrganisation(manager: EntityManager, organisationId: string): Promise<AssessmentRow[]> {
    return sqlRows<AssessmentRow>(
      manager,
      `${SELECT} WHERE a.organisation_id = $1 ORDER BY a.period DESC, f.key, a.id`,
      [organisationId],
    );
  }

  async isMember(manager: EntityManager, userId: string, organisationId: string): Promise<boolean> {
    const rows = await sqlRows<{ one: number }>(
      manager,
      `SELECT 1 AS one FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.user_id = $1 AND m.organisation_id = $2 AND u.active LIMIT 1`,
      [userId, organisationId],
    );
    return rows.length > 0;
  }

  /** The ICBs: their EPRR leads confirm and challenge every organisation's assessments. */
  async icbIds(manager: EntityManager): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(manager, `SELECT id FROM organisation WHERE kind = 'ICB' ORDER BY id`);
    return rows.map((r) => r.id);
  }

  organisation(manager: EntityManager, id: string): Promise<{ id: string; kind: string }[]> {
    return sqlRows(manager, `SELECT id, kind FROM organisation WHERE id = $1`, [id]);
  }

  async insert(
    tx: Transaction,
    values: Pick<
      AssuranceAssessmentEntity,
      'organisationId' | 'frameworkId' | 'period' | 'previousAssessmentId' | 'createdBy'
    >,
  ): Promise<string> {
    const id = randomUUID();
    await tx.manager
      .insert(AssuranceAssessmentEntity, {
        ...values,
        id,
        status: AssessmentStatus.DRAFT,
        returnComment: '',
        createdAt: tx.now,
        updatedAt: tx.now,
        version: 1,
      })
      .catch(
        conflictOnDuplicate({
          assurance_assessment_once:
            'The organisation has an assessment against this framework version for this period already',
        }),
      );
    return id;
  }

  /**
   * A row for every requirement of the framework that applies to the organisation's kind,
   * copied from `previousId`'s row of the same reference when given (rating, evidence,
   * owner, gap plan): one statement. Returns how many.
   */
  async insertRatings(
    tx: Transaction,
    assessmentId: string,
    frameworkId: string,
    organisationKind: string,
    previousId: string | null,
  ): Promise<number> {
    const { rows } = await sqlChange<{ id: string }>(
      tx.manager,
      `INSERT INTO assurance_rating (id, assessment_id, requirement_id, rating, evidence, evidence_links, owner_user_id, improvement, target_date, rated_at)
       SELECT gen_random_uuid(), $1, r.id, prev.rating, coalesce(prev.evidence, ''), coalesce(prev.evidence_links, '{}'),
              prev.owner_user_id, coalesce(prev.improvement, ''), prev.target_date, prev.rated_at
         FROM assurance_requirement r
         LEFT JOIN LATERAL (
           SELECT g.* FROM assurance_rating g JOIN assurance_requirement pr ON pr.id = g.requirement_id
            WHERE g.assessment_id = $4 AND pr.reference = r.reference
         ) prev ON true
        WHERE r.framework_id = $2 AND (r.applies_to = '{}' OR $3 = ANY (r.applies_to))
       RETURNING id`,
      [assessmentId, frameworkId, organisationKind, previousId],
    );
    return rows.length;
  }

  ratingsOf(manager: EntityManager, assessmentIds: readonly string[]): Promise<RatingRow[]> {
    return sqlRows<RatingRow>(
      manager,
      `${RATING} WHERE g.assessment_id = ANY($1::uuid[]) ORDER BY g.assessment_id, r.position`,
      [assessmentIds],
    );
  }

  async findRating(manager: EntityManager, id: string): Promise<RatingRow | null> {
    const [row] = await sqlRows<RatingRow>(manager, `${RATING} WHERE g.id = $1`, [id]);
    return row ?? null;
  }

  async ratingOf(manager: EntityManager, assessmentId: string, requirementId: string): Promise<RatingRow | null> {
    const [row] = await sqlRows<RatingRow>(manager, `${RATING} WHERE g.assessment_id = $1 AND g.requirement_id = $2`, [
      assessmentId,
      requirementId,
    ]);
    return row ?? null;
  }

  async updateRating(
    tx: Transaction,
    id: string,
    values: Pick<RatingRow, 'rating' | 'evidence' | 'evidenceLinks' | 'ownerUserId' | 'improvement' | 'targetDate'>,
  ): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE assurance_rating SET rating = $2, evidence = $3, evidence_links = $4, owner_user_id = $5,
              improvement = $6, target_date = $7::date, rated_at = $8 WHERE id = $1`,
      [
        id,
        values.rating,
        values.evidence,
        values.evidenceLinks,
        values.ownerUserId,
        values.improvement,
        values.targetDate,
        tx.now,
      ],
    );
  }

  /** The people assessments name (requirement owners): their names only, never their email. */
  people(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<{ id: string; displayName: string; active: boolean }[]> {
    return sqlRows(
      manager,
      `SELECT id, display_name AS "displayName", active FROM app_user WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** What submitting needs to know: requirements unrated, gaps without a plan. */
  async completeness(
    manager: EntityManager,
    assessmentId: string,
  ): Promise<{ unrated: number; gapsWithoutPlan: number }> {
    const [row] = await sqlRows<{ unrated: number; gapsWithoutPlan: number }>(
      manager,
      `SELECT count(*) FILTER (WHERE rating IS NULL)::int AS unrated,
              count(*) FILTER (WHERE rating IS NOT NULL AND rating NOT IN ${FULL}
                                 AND (improvement = '' OR target_date IS NULL))::int AS "gapsWithoutPlan"
         FROM assurance_rating WHERE assessment_id = $1`,
      [assessmentId],
    );
    return row;
  }

  async setStatus(
    tx: Transaction,
    id: string,
    status: AssessmentStatus,
    extra: Partial<
      Pick<AssuranceAssessmentEntity, 'returnComment' | 'submittedAt' | 'confirmedAt' | 'confirmedBy' | 'publishedAt'>
    > = {},
  ): Promise<void> {
    await tx.manager.update(
      AssuranceAssessmentEntity,
      { id },
      { ...extra, status, updatedAt: tx.now, version: () => 'version + 1' },
    );
  }

  async touch(tx: Transaction, id: string): Promise<void> {
    await tx.manager.update(AssuranceAssessmentEntity, { id }, { updatedAt: tx.now, version: () => 'version + 1' });
  }

  /** The assignments raised from these gaps (source ASSESSMENT_GAP), oldest first. */
  gapActions(manager: EntityManager, ratingIds: readonly string[]): Promise<GapActionRow[]> {
    return sqlRows<GapActionRow>(
      manager,
      `SELECT source_id AS "sourceId", id, status, title FROM assignment
        WHERE source_kind = 'ASSESSMENT_GAP' AND source_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ratingIds],
    );
  }

  /**
   * The heat map of a framework version: for the latest assessment of each organisation
   * (the organisations given, or all when null), its ratings counted per top-level section.
   * One statement whatever the number of organisations.
   */
  overviewCells(
    manager: EntityManager,
    frameworkId: string,
    organisationIds: readonly string[] | null,
  ): Promise<OverviewCellRow[]> {
    return sqlRows<OverviewCellRow>(
      manager,
      `WITH latest AS (
         SELECT DISTINCT ON (a.organisation_id) a.id, a.organisation_id, a.status, a.period
           FROM assurance_assessment a
          WHERE a.framework_id = $1 AND ($2::uuid[] IS NULL OR a.organisation_id = ANY($2::uuid[]))
          ORDER BY a.organisation_id, a.period DESC, a.created_at DESC)
       SELECT l.organisation_id AS "organisationId", o.name AS "organisationName", l.id AS "assessmentId", l.status, l.period,
              top.reference AS "sectionReference", top.name AS "sectionName", top.deep_dive AS "deepDive",
              count(*) FILTER (WHERE g.rating IN ${FULL})::int AS full,
              count(*) FILTER (WHERE g.rating IS NOT NULL AND g.rating NOT IN ${FULL} AND g.rating NOT IN ${NONE})::int AS partial,
              count(*) FILTER (WHERE g.rating IN ${NONE})::int AS none,
              count(*) FILTER (WHERE g.rating IS NULL)::int AS unrated
         FROM latest l
         JOIN organisation o ON o.id = l.organisation_id
         JOIN assurance_rating g ON g.assessment_id = l.id
         JOIN assurance_requirement r ON r.id = g.requirement_id
         JOIN assurance_section s ON s.id = r.section_id
         JOIN assurance_section top ON top.id = coalesce(s.parent_id, s.id)
        GROUP BY l.organisation_id, o.name, l.id, l.status, l.period, top.reference, top.name, top.deep_dive, top.position
        ORDER BY o.name, l.organisation_id, top.position`,
      [frameworkId, organisationIds],
    );
  }

  /**
   * The organisations (those given, or all when null) the framework version applies to —
   * a requirement for their kind, or for every kind — with no assessment against it: not
   * started. One statement whatever the number of organisations.
   */
  overviewNotStarted(
    manager: EntityManager,
    frameworkId: string,
    organisationIds: readonly string[] | null,
  ): Promise<{ organisationId: string; organisationName: string }[]> {
    return sqlRows(
      manager,
      `SELECT o.id AS "organisationId", o.name AS "organisationName"
         FROM organisation o
        WHERE ($2::uuid[] IS NULL OR o.id = ANY($2::uuid[]))
          AND EXISTS (SELECT 1 FROM assurance_requirement r
                       WHERE r.framework_id = $1 AND (r.applies_to = '{}' OR o.kind = ANY (r.applies_to)))
          AND NOT EXISTS (SELECT 1 FROM assurance_assessment a WHERE a.framework_id = $1 AND a.organisation_id = o.id)
        ORDER BY o.name, o.id`,
      [frameworkId, organisationIds],
    );
  }

  /** For movement since last period: the previous assessment of each latest one, its requirements fully met and applicable (deep dive apart). */
  overviewPrevious(
    manager: EntityManager,
    frameworkId: string,
    organisationIds: readonly string[] | null,
  ): Promise<{ organisationId: string; period: string; full: number; applicable: number }[]> {
    return sqlRows(
      manager,
      `WITH latest AS (
         SELECT DISTINCT ON (a.organisation_id) a.organisation_id, a.previous_assessment_id
           FROM assurance_assessment a
          WHERE a.framework_id = $1 AND ($2::uuid[] IS NULL OR a.organisation_id = ANY($2::uuid[]))
          ORDER BY a.organisation_id, a.period DESC, a.created_at DESC)
       SELECT l.organisation_id AS "organisationId", p.period,
              count(*) FILTER (WHERE g.rating IN ${FULL})::int AS full, count(g.id)::int AS applicable
         FROM latest l
         JOIN assurance_assessment p ON p.id = l.previous_assessment_id
         JOIN assurance_rating g ON g.assessment_id = p.id
         JOIN assurance_requirement r ON r.id = g.requirement_id
         JOIN assurance_section s ON s.id = r.section_id
        WHERE NOT s.deep_dive
        GROUP BY l.organisation_id, p.period`,
      [frameworkId, organisationIds],
    );
  }

  /** The system's gaps in those latest assessments: most severe first, then oldest. */
  overviewGaps(
    manager: EntityManager,
    frameworkId: string,
    organisationIds: readonly string[] | null,
    limit: number,
  ): Promise<OverviewGapRow[]> {
    return sqlRows<OverviewGapRow>(
      manager,
      `WITH latest AS (
         SELECT DISTINCT ON (a.organisation_id) a.id, a.organisation_id
           FROM assurance_assessment a
          WHERE a.framework_id = $1 AND ($2::uuid[] IS NULL OR a.organisation_id = ANY($2::uuid[]))
          ORDER BY a.organisation_id, a.period DESC, a.created_at DESC)
       SELECT g.id, g.assessment_id AS "assessmentId", l.organisation_id AS "organisationId", o.name AS "organisationName",
              r.reference, r.title, g.rating, g.improvement, to_char(g.target_date, 'YYYY-MM-DD') AS "targetDate", g.rated_at AS "ratedAt"
         FROM latest l
         JOIN organisation o ON o.id = l.organisation_id
         JOIN assurance_rating g ON g.assessment_id = l.id
         JOIN assurance_requirement r ON r.id = g.requirement_id
        WHERE g.rating IS NOT NULL AND g.rating NOT IN ${FULL}
        ORDER BY (g.rating IN ${NONE}) DESC, g.rated_at ASC NULLS LAST, o.name, r.position
        LIMIT $3`,
      [frameworkId, organisationIds, limit],
    );
  }
}
