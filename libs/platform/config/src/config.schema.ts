import { z } from 'zod';
import { password, secret } from './secrets';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be a URL like postgres://user:password@host:5432/database' },
);

const redisUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be a URL like redis://host:6379 (rediss:// for TLS)' },
);

/**
 * Every configuration variable, its default and its rule. The README's table mirrors
 * this schema; keep them together. Declare a secret with `secret()` (or `password()`):
 * production then refuses published and predictable values (see secrets.ts).
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
  DATABASE_URL: postgresUrl.optional(),
  MUSTER_DATA_DIR: z.string().min(1).default('.data/pglite'),
  DB_POOL_MAX: int(1, 200).default(10),
  DB_CONNECT_TIMEOUT_MS: int(100, 120_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: int(100, 600_000).default(30_000),
  DB_IDLE_TIMEOUT_MS: int(1_000, 3_600_000).default(30_000),
  DB_PREPARED_STATEMENTS: bool.default(true),
  MUSTER_FAULT_INJECTION: bool.default(false),
  MUSTER_DEMO: bool.optional(),
  JWT_SECRET: secret(),
  JWT_ISSUER: z.string().min(1).default('muster'),
  JWT_AUDIENCE: z.string().min(1).default('muster-api'),
  ACCESS_TOKEN_TTL_SECONDS: int(30, 86_400).default(900),
  REFRESH_TOKEN_TTL_SECONDS: int(300, 90 * 86_400).default(14 * 86_400),
  LOGIN_THROTTLE_PURGE_INTERVAL_SECONDS: int(0, 86_400).default(900),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL like https://muster.example.nhs.uk' })
    .max(120, 'must be at most 120 characters: links in emails are cut at 200')
    .default('http://localhost:3000'),
  INVITATION_TTL_HOURS: int(1, 30 * 24).default(72),
  AUDIT_HMAC_KEY: secret(),
  AUDIT_CHECKPOINT_SIGNING_KEY_FILE: z.string().min(1).optional(),
  AUDIT_CHECKPOINT_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  MUSTER_ADMIN_EMAIL: z.email().optional(),
  MUSTER_ADMIN_PASSWORD: password(12),
  SHUTDOWN_GRACE_MS: int(0, 120_000).default(10_000),
  METRICS_TOKEN: secret(),
  METRICS_MAX_OPERATION_NAMES: int(1, 10_000).default(200),
  GRAPHQL_MAX_DEPTH: int(2, 50).default(10),
  GRAPHQL_MAX_ALIASES: int(0, 1_000).default(15),
  GRAPHQL_MAX_DIRECTIVES: int(0, 1_000).default(50),
  GRAPHQL_MAX_TOKENS: int(100, 100_000).default(2_000),
  GRAPHQL_MAX_COST: int(10, 10_000_000).default(10_000),
  GRAPHQL_MAX_COST_ANONYMOUS: int(1, 10_000_000).default(50),
  TRUST_PROXY: bool.default(false),
  CONSOLE_DIR: z.string().min(1).optional(),
  RUNBOOK_MAX_REVIEW_INTERVAL_MONTHS: int(1, 36).default(12),
  PATCH_TARGET_DAYS: int(1, 365).default(14),
  CYBER_ALERT_ACK_HOURS: int(1, 168).default(48),
  CYBER_ALERT_FIRST_UPDATE_DAYS: int(1, 30).default(3),
  CYBER_ALERT_UNACKNOWLEDGED_PAGE_HOURS: int(1, 168).default(24),
  INCIDENT_SITREP_HOURS_LEVEL_1: int(1, 168).default(24),
  INCIDENT_SITREP_HOURS_LEVEL_2: int(1, 168).default(12),
  INCIDENT_SITREP_HOURS_LEVEL_3: int(1, 168).default(4),
  INCIDENT_SITREP_HOURS_LEVEL_4: int(1, 168).default(4),
  INCIDENT_REGION_CONTACT_EMAIL: z.email().optional(),
  EXERCISE_MONTHS_COMMUNICATIONS: int(1, 60).default(6),
  EXERCISE_MONTHS_TABLE_TOP: int(1, 60).default(12),
  EXERCISE_MONTHS_LIVE_PLAY: int(1, 60).default(36),
  EXERCISE_MONTHS_COMMAND_POST: int(1, 60).default(36),
  ASSURANCE_BAND_SUBSTANTIAL_FROM: int(1, 99).default(89),
  ASSURANCE_BAND_PARTIAL_FROM: int(1, 99).default(77),
  IG_SENIOR_MANAGEMENT_REPORT_HOURS: int(1, 168).default(12),
  IG_PROCESSOR_NOTICE_HOURS: int(1, 168).default(24),
  IG_REPORTABLE_MIN_LIKELIHOOD: int(1, 5).default(3),
  IG_REPORTABLE_MIN_SEVERITY: int(1, 5).default(2),
  PAGE_ACK_TIMEOUT_MINUTES: int(1, 1440).default(10),
  PAGE_ACK_LINK_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .max(33, 'must be at most 33 characters: an SMS shows the whole link')
    .default('http://localhost:3000'),
  SCHEDULER_ENABLED: bool.optional(),
  SCHEDULER_INTERVAL_MS: int(100, 3_600_000).default(5_000),
  SCHEDULER_JOBS_PER_TICK: int(1, 10_000).default(100),
  NOTIFY_MAX_ATTEMPTS: int(1, 50).default(6),
  NOTIFY_RETRY_BASE_SECONDS: int(1, 86_400).default(30),
  NOTIFY_RETRY_MAX_SECONDS: int(1, 7 * 86_400).default(3_600),
  NOTIFY_LEASE_SECONDS: int(10, 3_600).default(120),
  NOTIFY_BATCH_SIZE: int(1, 1_000).default(50),
  NOTIFY_SEND_CONCURRENCY: int(1, 100).default(5),
  NOTIFY_SEND_TIMEOUT_MS: int(100, 120_000).default(10_000),
  NOTIFY_WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .min(1)
    .default('*.webhook.office.com,*.logic.azure.com,*.api.powerplatform.com'),
  NOTIFY_API_KEY: secret(),
  NOTIFY_SMS_TEMPLATE_ID: z.uuid().optional(),
  NOTIFY_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL like https://api.notifications.service.gov.uk' })
    .default('https://api.notifications.service.gov.uk'),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: int(1, 65535).default(587),
  SMTP_SECURE: bool.default(false),
  SMTP_REQUIRE_TLS: bool.default(true),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: password(8),
  MAIL_FROM: z.email().optional(),
  REPORT_BROWSER_PATH: z.string().min(1).default('/usr/bin/chromium'),
  REDIS_URL: redisUrl.optional(),
  REDIS_CHANNEL_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:._-]{1,100}$/, 'must be 1–100 letters, digits, or : . _ -')
    .default('muster:'),
  REDIS_CONNECT_TIMEOUT_MS: int(100, 120_000).default(5_000),
  REDIS_PUBLISH_TIMEOUT_MS: int(50, 60_000).default(2_000),
});

export type RawConfig = z.infer<typeof configSchema>;
