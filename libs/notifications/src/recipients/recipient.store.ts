import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from '@muster/platform-access';
import { sqlRows } from '@muster/platform-database';

/** A person a notification resolved to, with what delivery needs. */
export interface Person {
  userId: string;
  email: string;
  displayName: string;
  /** Their email choice for this kind, or the kind's default. */
  wantsEmail: boolean;
  /** Where urgent kinds go by SMS (E.164); null when they gave none. */
  mobileNumber: string | null;
  /** Their SMS choice for this kind; null when they made none (see SMS_KINDS for what applies). */
  smsChoice: boolean | null;
}

export interface PeopleQuery {
  userIds: string[];
  roles: { organisationId: string; role: Role }[];
  teamIds: string[];
  kind: string;
  emailByDefault: boolean;
  except: string[];
}

/**
 * Reads the directory (identity's tables) for notifications: who is meant, by person, role
 * or team — active people only — and what a notification needs to name (the actor, the
 * organisation). One statement per question.
 */
@Injectable()
export class RecipientStore {
  people(manager: EntityManager, q: PeopleQuery): Promise<Person[]> {
    return sqlRows<Person>(
      manager,
      `WITH wanted AS (
         SELECT unnest($1::uuid[]) AS user_id
         UNION SELECT m.user_id FROM membership m
                JOIN unnest($2::uuid[], $3::text[]) AS r(organisation_id, role) ON m.organisation_id = r.organisation_id AND m.role = r.role
         UNION SELECT m.user_id FROM membership m WHERE m.team_id = ANY($4::uuid[])
       )
       SELECT u.id AS "userId", u.email, u.display_name AS "displayName", COALESCE(p.email, $6) AS "wantsEmail",
              u.mobile_number AS "mobileNumber", p.sms AS "smsChoice"
         FROM wanted w
         JOIN app_user u ON u.id = w.user_id AND u.active
         LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = $5
        WHERE NOT (u.id = ANY($7::uuid[]))
        ORDER BY u.id`,
      [
        q.userIds,
        q.roles.map((r) => r.organisationId),
        q.roles.map((r) => r.role),
        q.teamIds,
        q.kind,
        q.emailByDefault,
        q.except,
      ],
    );
  }

  /** The organisation's name and the acting person's (null for what they do not name). */
  async names(
    manager: EntityManager,
    organisationId: string | null,
    actorUserId: string | null,
  ): Promise<{ organisationName: string | null; actorName: string | null }> {
    const [row] = await sqlRows<{ organisationName: string | null; actorName: string | null }>(
      manager,
      `SELECT (SELECT name FROM organisation WHERE id = $1) AS "organisationName",
              (SELECT display_name FROM app_user WHERE id = $2) AS "actorName"`,
      [organisationId, actorUserId],
    );
    return row;
  }
}
