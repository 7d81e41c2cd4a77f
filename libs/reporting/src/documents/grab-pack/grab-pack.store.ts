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

/** An on-call rota of the organisation: who is on call at the pack's as-at time, and everyone on it. */
export interface PackRota {
  duty: string;
  deputy: boolean;
  rotaName: string;
  onCallName: string | null;
  onCallEmail: string | null;
  people: { name: string; email: string }[];
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

  /**
   * The organisation's on-call rotas (libs/oncall's tables, read by SQL): who `oncall_at`
   * says is on call at `at`, and the active people of every layer. Gold, silver, bronze first.
   */
  rotas(manager: EntityManager, organisationId: string, at: Date): Promise<PackRota[]> {
    return sqlRows<PackRota>(
      manager,
      `SELECT r.duty, r.deputy, r.name AS "rotaName", u.display_name AS "onCallName", u.email AS "onCallEmail",
              coalesce((SELECT json_agg(json_build_object('name', p.display_name, 'email', p.email) ORDER BY p.display_name)
                          FROM app_user p
                         WHERE p.active AND p.id IN (SELECT unnest(l.participants) FROM oncall_layer l WHERE l.rota_id = r.id)),
                       '[]'::json) AS people
         FROM oncall_rota r
         LEFT JOIN LATERAL (SELECT a.user_id FROM oncall_at(r.id, $2::timestamptz) a LIMIT 1) now ON true
         LEFT JOIN app_user u ON u.id = now.user_id
        WHERE r.organisation_id = $1
        ORDER BY array_position(ARRAY['STRATEGIC', 'TACTICAL', 'OPERATIONAL', 'IG', 'CYBER_SOC', 'EPRR'], r.duty),
                 r.deputy, r.name`,
      [organisationId, at],
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
