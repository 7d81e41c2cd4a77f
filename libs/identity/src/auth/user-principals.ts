import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Grant, Principal } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import { AccountStore } from './account.store';
import { AccessClaims } from './tokens/access-tokens';

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
    private readonly accounts: AccountStore,
  ) {}

  /**
   * The one check of an access token's claims against the database (HTTP requests now,
   * subscriptions later): null unless the user is active, at the token's session version,
   * and the token's session (refresh-token family) still has a live refresh token.
   * A session ends when its tokens are revoked (sign-out, reuse, password change) or have
   * all expired.
   */
  async load(claims: AccessClaims): Promise<Principal | null> {
    const rows = await this.accounts.principalRows(this.dataSource.manager, claims, this.clock.now());
    const user = rows[0];
    if (!user) return null;
    const grants: Grant[] = rows.flatMap((r) =>
      r.organisationId !== null && r.role !== null
        ? [{ organisationId: r.organisationId, role: r.role, teamId: r.teamId }]
        : [],
    );
    return new Principal({ type: 'USER', id: claims.userId, label: user.email }, grants);
  }
}
