import { z } from 'zod';

/**
 * Secrets of the configuration. A variable declared with `secret()` (or `password()`) in
 * the schema gets the production rule below without anything else to write: a new secret
 * cannot forget it.
 */
type SecretKind = 'key' | 'password';
const secrets = z.registry<{ kind: SecretKind }>();

/** An HMAC key or similar: at least 32 characters anywhere, random-looking in production. */
export function secret() {
  return z
    .string()
    .min(SECRET_MIN_LENGTH, `must be at least ${SECRET_MIN_LENGTH} characters`)
    .optional()
    .register(secrets, { kind: 'key' });
}

/** A password a person chose: its strength is the password policy's; production refuses published ones. */
export function password(minLength: number) {
  return z
    .string()
    .min(minLength, `must be at least ${minLength} characters`)
    .optional()
    .register(secrets, { kind: 'password' });
}

export function secretKind(schema: z.ZodType): SecretKind | undefined {
  return secrets.get(schema)?.kind;
}

export const SECRET_MIN_LENGTH = 32;
/** The strength a key needs in production (see estimatedBits). */
export const SECRET_MIN_BITS = 128;

// Only for development and tests: production refuses it (and refuses to start without JWT_SECRET).
export const DEVELOPMENT_JWT_SECRET = 'muster-development-only-secret-not-for-production-use';

/**
 * Every secret value written down in this repository: the development default, the test
 * harness's, the unit tests', the benches' and the demo password. Anyone can read them, so
 * production refuses each. test/security/shipped-secrets.spec.ts scans the repository for
 * secret-looking constants and fails when one is missing here.
 */
export const SHIPPED_SECRETS: ReadonlySet<string> = new Set([
  DEVELOPMENT_JWT_SECRET,
  'test-only-jwt-secret-0123456789abcdef',
  'test-only-audit-hmac-key-0123456789abcdef',
  'unit-test-secret-0123456789abcdef0123',
  'unit-test-audit-key-0123456789abcdef',
  'reader-test-key-0123456789abcdef',
  'bench-only-audit-hmac-key-0123456789abcdef',
  'staffs-stoke-demo-2026',
  // The test harness's GOV.UK Notify key (test/support/notify-stub.ts): its stub trusts it, Notify never would.
  'muster_test-09ca9ab0-6d45-46a3-819d-9c86be5a0508-02a03374-68df-473b-ab7d-5d0a2b3b0f48',
]);

/** Why production refuses this value for a secret of this kind, or undefined when it may be used. */
export function productionSecretProblem(value: string, kind: SecretKind): string | undefined {
  if (SHIPPED_SECRETS.has(value)) return 'is refused in production: it is a value published in the Muster repository';
  if (kind === 'key' && estimatedBits(value) < SECRET_MIN_BITS) {
    return `is refused in production: it is too predictable (repeats, runs or a small alphabet); use ${SECRET_MIN_LENGTH} random bytes, e.g. \`openssl rand -base64 32\``;
  }
  return undefined;
}

/**
 * A conservative strength estimate: (characters that cannot be predicted from the ones
 * before) × log2(size of the character classes used). A character is predictable when it
 * repeats the previous one, continues a run with the same step (`0123`, `aceg`, `9876`) or
 * completes a three-character sequence seen earlier (`abcabc`, `passwordpassword`).
 * Classes: lowercase 26, uppercase 26, digits 10, other ASCII 33, anything else 64.
 * 32 random bytes in base64 or hex score 240 bits or more; `'x'.repeat(40)` scores 5.
 */
export function estimatedBits(value: string): number {
  const chars = Array.from(value);
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  let unpredictable = 0;
  for (let i = 0; i < chars.length; i++) {
    const repeat = i >= 1 && codes[i] === codes[i - 1];
    const run = i >= 2 && codes[i] - codes[i - 1] === codes[i - 1] - codes[i - 2];
    const seen =
      i >= 2 &&
      chars
        .slice(0, i)
        .join('')
        .includes(chars.slice(i - 2, i + 1).join(''));
    if (!repeat && !run && !seen) unpredictable++;
  }
  return unpredictable * Math.log2(alphabetSize(value));
}

function alphabetSize(value: string): number {
  const classes: [RegExp, number][] = [
    [/[a-z]/, 26],
    [/[A-Z]/, 26],
    [/[0-9]/, 10],
    [/[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/, 33],
    [/[^\x20-\x7e]/, 64],
  ];
  return Math.max(
    2,
    classes.reduce((size, [pattern, n]) => size + (pattern.test(value) ? n : 0), 0),
  );
}
