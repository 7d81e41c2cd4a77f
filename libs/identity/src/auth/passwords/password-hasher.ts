import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * argon2id with explicit parameters (OWASP's minimum: 19 MiB, 2 passes, 1 lane), so a
 * library upgrade never silently changes the cost of a stored hash.
 */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(normalise(password), ARGON2_OPTIONS);
  }

  /**
   * True when `password` matches `hash`. With no hash (unknown email, or no password set)
   * it verifies against a dummy hash and returns false, so the answer takes as long as a
   * wrong password and timing does not reveal which emails exist.
   */
  async verify(hash: string | null, password: string): Promise<boolean> {
    const target = hash ?? (await this.dummyHash());
    let matches: boolean;
    try {
      matches = await argon2.verify(target, normalise(password));
    } catch {
      // A malformed stored hash is a failed login, never a 500.
      matches = false;
    }
    return matches && hash !== null;
  }

  private dummyHash(): Promise<string> {
    this.dummy ??= argon2.hash(randomBytes(32).toString('hex'), ARGON2_OPTIONS);
    return this.dummy;
  }
}

/** The same password typed on two keyboards (composed or decomposed accents) is the same password. */
function normalise(password: string): string {
  return password.normalize('NFKC');
}
