import { randomBytes } from 'node:crypto';
import { loadConfig } from './app-config';
import { configSchema } from './config.schema';
import { DEVELOPMENT_JWT_SECRET, estimatedBits, SECRET_MIN_BITS, secretKind, SHIPPED_SECRETS } from './secrets';

const strong = () => randomBytes(32).toString('base64');
const production = (env: Record<string, string>) =>
  loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/muster', JWT_SECRET: strong(), ...env });

describe('secrets in production', () => {
  it.each(['JWT_SECRET', 'AUDIT_HMAC_KEY'])(
    '%s: refuses the development secret and every other value shipped in the repository',
    (variable) => {
      for (const value of [DEVELOPMENT_JWT_SECRET, ...SHIPPED_SECRETS]) {
        // The demo password is refused for its length before anything else.
        const why =
          value.length < 32
            ? 'is invalid: must be at least 32 characters'
            : 'is refused in production: it is a value published in the Muster repository';
        expect(() => production({ [variable]: value })).toThrow(`Configuration error: ${variable} ${why}`);
      }
    },
  );

  it.each([
    ['one character repeated', 'x'.repeat(40)],
    ['one letter repeated', 'a'.repeat(64)],
    ['a run of digits', '0123456789'.repeat(4)],
    ['runs of letters and digits', 'abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a descending run', 'zyxwvutsrqponmlkjihgfedcba9876543210'],
    ['a short block repeated', 'abc'.repeat(15)],
    ['a word repeated', 'Password1'.repeat(4)],
    ['every other letter', 'acegikmoqsuwy'.repeat(3)],
  ])('refuses a predictable key: %s', (_, value) => {
    expect(value.length).toBeGreaterThanOrEqual(32);
    expect(() => production({ JWT_SECRET: value })).toThrow(
      /^Configuration error: JWT_SECRET is refused in production: it is too predictable/,
    );
    expect(() => production({ AUDIT_HMAC_KEY: value })).toThrow(
      /^Configuration error: AUDIT_HMAC_KEY is refused in production: it is too predictable/,
    );
  });

  it('accepts 32 random bytes in base64 or hex, every time', () => {
    for (let i = 0; i < 500; i++) {
      const bytes = randomBytes(32);
      expect(() =>
        production({ JWT_SECRET: bytes.toString('base64'), AUDIT_HMAC_KEY: bytes.toString('hex') }),
      ).not.toThrow();
    }
  });

  it('refuses a key shorter than 32 characters, in every environment', () => {
    expect(() => production({ JWT_SECRET: strong().slice(0, 31) })).toThrow(
      'JWT_SECRET is invalid: must be at least 32 characters',
    );
    expect(() => loadConfig({ AUDIT_HMAC_KEY: strong().slice(0, 31) })).toThrow(
      'AUDIT_HMAC_KEY is invalid: must be at least 32 characters',
    );
  });

  it('refuses the demo password as the first administrator’s password', () => {
    expect(() =>
      production({ MUSTER_ADMIN_EMAIL: 'admin@example.org', MUSTER_ADMIN_PASSWORD: 'staffs-stoke-demo-2026' }),
    ).toThrow(
      'Configuration error: MUSTER_ADMIN_PASSWORD is refused in production: it is a value published in the Muster repository',
    );
    expect(
      production({ MUSTER_ADMIN_EMAIL: 'admin@example.org', MUSTER_ADMIN_PASSWORD: 'a chosen passphrase' }).auth
        .bootstrapAdmin,
    ).toBeDefined();
  });

  it('never echoes the refused value', () => {
    for (const value of [DEVELOPMENT_JWT_SECRET, 'x'.repeat(40)]) {
      expect(() => production({ JWT_SECRET: value })).toThrow();
      try {
        production({ JWT_SECRET: value });
      } catch (error) {
        expect((error as Error).message).not.toContain(value);
        expect((error as Error).message.split('\n')).toHaveLength(1);
      }
    }
  });

  it('leaves development and tests free to use the shipped values', () => {
    expect(loadConfig({}).auth.jwtSecret).toBe(DEVELOPMENT_JWT_SECRET);
    expect(() =>
      loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), AUDIT_HMAC_KEY: DEVELOPMENT_JWT_SECRET }),
    ).not.toThrow();
  });

  it('covers every secret-named variable of the schema (a new one must be declared with secret() or password())', () => {
    const named = Object.keys(configSchema.shape).filter((name) => /(SECRET|KEY|PASSWORD|TOKEN)$/.test(name));
    expect(named).toEqual(expect.arrayContaining(['JWT_SECRET', 'AUDIT_HMAC_KEY', 'MUSTER_ADMIN_PASSWORD']));
    for (const name of named)
      expect([name, secretKind(configSchema.shape[name as keyof typeof configSchema.shape])]).toEqual([
        name,
        expect.any(String),
      ]);
  });
});

describe('estimatedBits', () => {
  it('scores random keys far above the bar and patterns far below it', () => {
    // 32 random bytes score 240 or more (10,000 draws: never under 249).
    expect(estimatedBits(randomBytes(32).toString('base64'))).toBeGreaterThan(240);
    expect(estimatedBits(randomBytes(32).toString('hex'))).toBeGreaterThan(240);
    expect(estimatedBits('x'.repeat(40))).toBeLessThan(5);
    expect(estimatedBits('0123456789'.repeat(4))).toBeLessThan(SECRET_MIN_BITS / 4);
  });
});
