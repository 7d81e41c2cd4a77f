import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlRows } from '@muster/platform-database';
import { RunbookVersionStep } from '@muster/runbooks';

export interface PackOrganisation {
  id: string;
  name: string;
  odsCode: string;
  kind: string;
}

/** A runbook in force: its current approved version, who approved it, when it is next reviewed. */
export interface PackRunbook {
  runbookId: string;
  versionId: string;
  versionNumber: number;
  title: string;
  description: string;
  categories: string[];
  steps: RunbookVersionStep[];
  approvedAt: Date;
  approvedByName: string | null;
  lastReviewedAt: Date | null;
  nextReviewAt: Date | null;
}

export interface PackPerson {
  id: string;
  displayName: string;
  email: string;
  active: boolean;
}

/**
 * What a grab pack reads, in SQL over the runbooks' and identity's tables (read only):
 * the organisation, its runbooks in force, and the people its designations name.
 */
@Injectable()
export class GrabPackStore {
  async organisation(manager: EntityManager, id: string): Promise<PackOrganisation | null> {
    const [row] = await sqlRows<PackOrganisation>(
      manager,
      `SELECT o.id, o.name, o.ods_code AS "odsCode", o.kind FROM organisation o WHERE o.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Every runbook of the organisation with an approved version in force (not a template,
   * not retired), by title: one statement.
   */
  runbooksInForce(manager: EntityManager, organisationId: string): Promise<PackRunbook[]> {
    return sqlRows<PackRunbook>(
      manager,
      `SELECT r.id AS "runbookId", v.id AS "versionId", v.version_number AS "versionNumber", v.title, v.description,
              v.categories, v.steps, v.approved_at AS "approvedAt", u.display_name AS "approvedByName",
              r.last_reviewed_at AS "lastReviewedAt", r.next_review_at AS "nextReviewAt"
         FROM runbook r
         JOIN runbook_version v ON v.id = r.current_version_id
         LEFT JOIN app_user u ON u.id = v.approved_by
        WHERE r.organisation_id = $1 AND NOT r.is_template AND r.status <> 'RETIRED' AND r.retired_at IS NULL
        ORDER BY lower(v.title), v.title, r.id`,
      [organisationId],
    );
  }

  /** The people with these ids (designation holders), for their email addresses. */
  people(manager: EntityManager, ids: readonly string[]): Promise<PackPerson[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return sqlRows<PackPerson>(
      manager,
      `SELECT u.id, u.display_name AS "displayName", u.email, u.active FROM app_user u WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
