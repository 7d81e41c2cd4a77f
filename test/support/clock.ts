import type { TestUser } from './identity-fixtures';
import type { TestApp } from './test-app';

/**
 * The application clock in tests. Every test app starts at TEST_START; a suite whose tests
 * move the clock puts it back in `beforeEach`, so that no test depends on where an earlier
 * one left it, and each test that needs another time sets it itself.
 */
export const TEST_START = '2026-11-28T09:00:00Z';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;

/**
 * Sets the clock and, if that moved it, signs `users` in again (their tokens are replaced):
 * an access token is refused before the time it was issued and after its expiry, so the
 * tokens of another time would not do.
 */
export async function setClockAndSignIn(t: TestApp, at: string | Date, users: TestUser[]): Promise<void> {
  const moved = t.clock.now().getTime() !== new Date(at).getTime();
  t.clock.set(at);
  if (!moved) return;
  // One after another: logins share a throttle per client address.
  for (const user of users) {
    const { login } = await t.gql.ok<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, {
      input: { email: user.email, password: user.password },
    });
    user.token = login.accessToken;
    user.refreshToken = login.refreshToken;
  }
}
