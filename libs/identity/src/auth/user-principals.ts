import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Grant, Principal } from '@muster/platform-access';

interface PrincipalRow {
  email: string;
  active: boolean;
  sessionVersion: number;
  organisationId: string | null;
  role: Grant['role'] | null;
  teamId: string | null;
}

/**
 * Builds the principal of a person from the database on every request — one statement:
 * the user and their memberships — so a deactivation, a password change (session
 * version) or a removed role takes effect on the very next request.
 */
@Injectable()
export class UserPrincipals {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string, sessionVersion: number): Promise<Principal | null> {
    const rows: PrincipalRow[] = await this.dataSource.query(
      `SELECT u.email, u.active, u.session_version AS "sessionVersion",
              m.organisation_id AS "organisationId", m.role, m.team_id AS "teamId"
         FROM app_user u LEFT JOIN membership m ON m.user_id = u.id
        WHERE u.id = $1`,
      [userId],
    );
    const user = rows[0];
    if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
    const grants: Grant[] = rows
      .filter((r) => r.organisationId !== null && r.role !== null)
      .map((r) => ({ organisationId: r.organisationId as string, role: r.role as Grant['role'], teamId: r.teamId }));
    return new Principal({ type: 'USER', id: userId, label: user.email }, grants);
  }
}
