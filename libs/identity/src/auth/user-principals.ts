import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Grant, Principal } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import { AccessClaims } from './tokens/access-tokens';

interface PrincipalRow {
  email: string;
  organisationId: string | null;
  role: Grant['role'] | null;
  teamId: string | null;
}

/**
 * Builds the principal of a person from the database on every request — one statement:
 * the user, their memberships and whether the token's session is still live — so a
 * deactivation, a password change (session version), a sign-out or a revoked session
 * (refresh-token reuse), or a removed role takes effect on the very next request.
 */
@Injectable()
export class UserPrincipals {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The one check of an access token's claims against the database (HTTP requests now,
   * subscriptions later): null unless the user is active, at the token's session version,
   * and the token's session (refresh-token family) still has a live refresh token.
   * A session ends when its tokens are revoked (sign-out, reuse, password change) or have
   * all expired. The subquery reads the partial index of live tokens by family.
   */
  async load(claims: AccessClaims): Promise<Principal | null> {
    const rows: PrincipalRow[] = await this.dataSource.query(
      `SELECT u.email, m.organisation_id AS "organisationId", m.role, m.team_id AS "teamId"
         FROM app_user u LEFT JOIN membership m ON m.user_id = u.id
        WHERE u.id = $1 AND u.active AND u.session_version = $2
          AND EXISTS (SELECT 1 FROM refresh_token rt
                       WHERE rt.family_id = $3 AND rt.user_id = $1 AND rt.revoked_at IS NULL AND rt.expires_at > $4)`,
      [claims.userId, claims.sessionVersion, claims.sessionId, this.clock.now()],
    );
    const user = rows[0];
    if (!user) return null;
    const grants: Grant[] = rows
      .filter((r) => r.organisationId !== null && r.role !== null)
      .map((r) => ({ organisationId: r.organisationId as string, role: r.role as Grant['role'], teamId: r.teamId }));
    return new Principal({ type: 'USER', id: claims.userId, label: user.email }, grants);
  }
}
