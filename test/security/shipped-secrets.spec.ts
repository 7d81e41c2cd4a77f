import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVELOPMENT_JWT_SECRET, loadConfig } from '@muster/platform-config';
import { TEST_AUDIT_KEY, TEST_JWT_SECRET, TEST_NOTIFY_API_KEY, TEST_NOTIFY_SMS_TEMPLATE_ID } from '@muster/testing';

const root = join(__dirname, '../..');
const SECRET_VARIABLES = ['JWT_SECRET', 'AUDIT_HMAC_KEY', 'MUSTER_ADMIN_PASSWORD', 'NOTIFY_API_KEY'];
const TEXT_FILE = /\.(ts|js|mjs|cjs|json|md|sh|ya?ml|env|sql|txt)$|(^|\/)(\.env[^/]*|run)$/;
const quoted = `(?<quote>['"\`])(?<value>(?:(?!\\k<quote>)[^\\s\\\\])+)\\k<quote>`;
const PATTERNS = [
  // const JWT_SECRET = '…', export const TEST_AUDIT_KEY: string = '…', a DEMO_PASSWORD …
  new RegExp(`\\b[A-Z0-9_]*(?:SECRET|KEY|PASSWORD)\\s*(?::\\s*string\\s*)?=\\s*${quoted}`, 'g'),
  // { JWT_SECRET: '…' } in an environment map
  new RegExp(`\\b(?:${SECRET_VARIABLES.join('|')})\\s*:\\s*${quoted}`, 'g'),
  // JWT_SECRET=… in a shell line, a README or an .env file
  new RegExp(`\\b(?:${SECRET_VARIABLES.join('|')})=(?<value>[^\\s'"\`$]+)`, 'g'),
];

/** Every secret-looking constant in the repository's files (tracked, or new and not ignored). */
function shippedConstants(): Map<string, string> {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => TEXT_FILE.test(file) && !file.endsWith('package-lock.json'));
  const found = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // deleted in the working tree
    }
    for (const pattern of PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const value = match.groups?.value;
        if (value && !found.has(value)) found.set(value, file);
      }
    }
  }
  return found;
}

function productionRefuses(variable: string, value: string): string | undefined {
  try {
    loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/muster',
      JWT_SECRET: randomBytes(32).toString('base64'),
      MUSTER_ADMIN_EMAIL: 'admin@example.org',
      MUSTER_ADMIN_PASSWORD: randomBytes(16).toString('base64'),
      [variable]: value,
    });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('secrets shipped in the repository never work in production', () => {
  const constants = shippedConstants();

  it('finds the known ones (so the scan cannot pass by finding nothing)', () => {
    expect([...constants.keys()]).toEqual(
      expect.arrayContaining([
        DEVELOPMENT_JWT_SECRET,
        TEST_JWT_SECRET,
        TEST_AUDIT_KEY,
        TEST_NOTIFY_API_KEY,
        'staffs-stoke-demo-2026',
      ]),
    );
  });

  it.each(SECRET_VARIABLES)('%s: production refuses every secret-looking constant of the repository', (variable) => {
    const accepted = [...constants]
      .filter(([value]) => !productionRefuses(variable, value))
      .map(([value, file]) => `${file}: ${value}`);
    // A new constant listed here must go into SHIPPED_SECRETS (libs/platform/config/src/secrets.ts).
    expect(accepted).toEqual([]);
    for (const value of constants.keys())
      expect(productionRefuses(variable, value)).toMatch(new RegExp(`^Configuration error: ${variable} `));
  });
});

describe('a production server with a shipped secret does not start', () => {
  /** Starts the real server entry point; returns how it ended. */
  function start(env: Record<string, string>) {
    const result = spawnSync(process.execPath, ['tools/scripts/run-ts.js', 'apps/api/src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:1/muster',
        ...env,
      },
      encoding: 'utf8',
      timeout: 45_000,
    });
    return { status: result.status, stderr: result.stderr.trim() };
  }

  it.each([
    [
      'the development JWT secret',
      { JWT_SECRET: DEVELOPMENT_JWT_SECRET },
      'JWT_SECRET is refused in production: it is a value published in the Muster repository',
    ],
    [
      'the test harness audit key',
      { AUDIT_HMAC_KEY: TEST_AUDIT_KEY },
      'AUDIT_HMAC_KEY is refused in production: it is a value published in the Muster repository',
    ],
    [
      'the test Notify API key',
      { NOTIFY_API_KEY: TEST_NOTIFY_API_KEY, NOTIFY_SMS_TEMPLATE_ID: TEST_NOTIFY_SMS_TEMPLATE_ID },
      'NOTIFY_API_KEY is refused in production: it is a value published in the Muster repository',
    ],
    [
      'a predictable JWT secret',
      { JWT_SECRET: 'x'.repeat(40) },
      'JWT_SECRET is refused in production: it is too predictable',
    ],
  ])('%s: one line naming the variable, a non-zero exit', (_, env, message) => {
    const { status, stderr } = start({ JWT_SECRET: randomBytes(32).toString('base64'), ...env });
    expect(status).not.toBe(0);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain(`Configuration error: ${message}`);
    for (const value of Object.values(env)) expect(stderr).not.toContain(value);
  });
});
