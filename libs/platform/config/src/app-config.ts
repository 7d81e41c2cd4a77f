import { configSchema, RawConfig } from './config.schema';
import { DEVELOPMENT_JWT_SECRET, productionSecretProblem, secretKind } from './secrets';

/** Typed, validated configuration: the only place that reads process.env. */
export interface AppConfig {
  env: RawConfig['NODE_ENV'];
  isProduction: boolean;
  host: string;
  port: number;
  logLevel: RawConfig['LOG_LEVEL'];
  /** Lines for a person to read (development) or JSON lines for a log pipeline (everywhere else). */
  logFormat: 'pretty' | 'json';
  database: {
    /** Unset means: run the embedded PostgreSQL (PGlite) with data in `dataDir`. */
    url: string | undefined;
    dataDir: string;
    poolMax: number;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    idleTimeoutMs: number;
    /**
     * Hot statements (the audit append) as named prepared statements. Off behind a pooler
     * that shares server sessions between clients (PgBouncer transaction pooling) and on
     * the embedded database, whose connections share one session.
     */
    preparedStatements: boolean;
    /** Tests only (the reliability suite): `x-muster-fail-before-commit: 1` fails a change just before COMMIT. */
    faultInjection: boolean;
  };
  /** Seed the demo ICS and allow printed demo passwords. Never in production. */
  demo: boolean;
  /** Folder of the built web console (index.html, assets/); unset: dist/console beside the API, when built. */
  consoleDir: string | undefined;
  auth: {
    jwtSecret: string;
    issuer: string;
    audience: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    /** How often stale sign-in throttle rows are deleted; 0: never. */
    loginThrottlePurgeIntervalSeconds: number;
    /** Muster's public origin (the console): links in emails, such as an invitation's `<base>/welcome?token=…`. */
    publicUrl: string;
    /** How long an account invitation's link works. */
    invitationTtlHours: number;
    bootstrapAdmin: { email: string; password: string } | undefined;
  };
  audit: { hmacKey: string | undefined };
  /** Ed25519 key files of the checkpoint tools (PEM): the private one signs, the public one verifies. */
  auditCheckpoint: { signingKeyFile: string | undefined; publicKeyFile: string | undefined };
  shutdownGraceMs: number;
  /**
   * `GET /metrics` (Prometheus): with a token, only for `Authorization: Bearer <token>`;
   * without one, open outside production and off in production (never public by default).
   */
  metrics: { token: string | undefined; enabled: boolean; maxOperationNames: number };
  /** Per-operation limits, checked before any resolver runs (see the README's Limits). */
  graphqlLimits: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
    maxAnonymousCost: number;
  };
  /** Take the client address from X-Forwarded-For (one proxy hop). */
  trustProxy: boolean;
  /** The longest review interval of a runbook: plans are reviewed at least annually (EPRR Framework). */
  runbookMaxReviewIntervalMonths: number;
  /** SOC posture (README, "SOC posture"): days within which critical and high vulnerabilities are to be patched. */
  patchTargetDays: number;
  /** NHS cyber alerts (README, "SOC posture"): when a response is due, and when an unacknowledged one pages. */
  cyberAlerts: CyberAlertSettings;
  /** Incidents (README, "Incidents"): SitRep cadence per response level, and the NHS England region contact. */
  incidents: IncidentSettings;
  /** The EPRR assurance bands: the lowest whole % of applicable standards fully compliant for substantial and partial (README, "Assurance"). */
  assuranceBands: { substantialFrom: number; partialFrom: number };
  /** How often each type of exercise is due (EPRR Framework; README, "Exercises"), in months. */
  exerciseIntervalMonths: { communications: number; tableTop: number; livePlay: number; commandPost: number };
  /** The IG decision log (README, "IG decisions"): the DSPT and Art. 33(2) clocks and the DSPT grading thresholds. */
  governance: GovernanceSettings;
  /** On-call paging (README, "On-call"): the default acknowledgement timeout, and where one-time links point. */
  oncall: OnCallSettings;
  /** The background loop that runs due jobs and deliveries (README, "The scheduler"). */
  scheduler: {
    /** Off in tests unless asked: suites call `Scheduler.tick()` themselves. */
    enabled: boolean;
    intervalMs: number;
    jobsPerTick: number;
  };
  notifications: NotificationSettings;
  /**
   * Printed reports (README, "Reports"): the Chromium executable that prints them as PDF;
   * null (REPORT_BROWSER_PATH=none) for no PDF. A path with no browser behind it answers
   * PDF requests SERVICE_UNAVAILABLE; the HTML works either way.
   */
  reports: { browserPath: string | null };
  /** Live events of subscriptions: in this process only, or through Redis to every process (README, "Running more than one process"). */
  liveEvents: { redis: RedisSettings | undefined };
}

export interface RedisSettings {
  url: string;
  /** Prepended to every channel: processes see each other's events only with the same prefix. */
  channelPrefix: string;
  /** How long a start waits for Redis, and each connection attempt's limit. */
  connectTimeoutMs: number;
  /** A publish not answered by then is given up (and logged), never awaited longer by a mutation. */
  publishTimeoutMs: number;
  /**
   * Unreachable at start: refuse to start (production), or start with a warning and keep
   * trying in the background (development, tests). Either way an outage later is survived.
   */
  requiredAtStart: boolean;
}

/** Delivery of notifications by email and webhook (README, "Notifications"). */
export interface IncidentSettings {
  /** Hours between SitReps at response levels 1–4 (index 0 is level 1). */
  sitRepCadenceHours: readonly [number, number, number, number];
  /** Where declarations and level changes from level 3 are also emailed (NHS England region); none when unset. */
  regionContactEmail: string | undefined;
}

/** NHS cyber alerts: the "respond to an NHS cyber alert" service's clocks. */
export interface CyberAlertSettings {
  /** A high-severity alert is acknowledged within this many hours of issue (48). */
  ackHours: number;
  /** The first progress update is due this many days after issue (3). */
  firstUpdateDays: number;
  /** A high-severity alert still unacknowledged this many hours after issue pages the on-call (24). */
  unacknowledgedPageHours: number;
}

export interface GovernanceSettings {
  /** A breach is reported to the organisation's senior management within this many hours of detection (DSPT). */
  seniorManagementReportHours: number;
  /** A processor that found the breach tells the controller within this many hours of detection (Art. 33(2)). */
  processorNoticeHours: number;
  /** DSPT grading: reportable to the ICO when likelihood and severity are at least these (NHS Digital guidance). */
  reportableMinLikelihood: number;
  reportableMinSeverity: number;
}

export interface OnCallSettings {
  /** The timeout of each level of the default escalation policy (a duty with none set). */
  pageAckTimeoutMinutes: number;
  /** The API's public origin: a page's one-time acknowledgement link is `<base>/ack/<token>`. */
  ackLinkBaseUrl: string;
}

export interface NotificationSettings {
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long a claimed delivery is someone's before another process may take it over. */
  leaseMs: number;
  batchSize: number;
  sendConcurrency: number;
  sendTimeoutMs: number;
  /** Host names (`*.` for any subdomain) a webhook URL may name. */
  webhookAllowedHosts: string[];
  /** Webhook URLs must be https (production), or may be http (development, tests). */
  webhookRequireHttps: boolean;
  /** Unset: no email is sent (the inbox always works). */
  smtp: SmtpSettings | undefined;
  /** Unset: no SMS is sent (NOTIFY_API_KEY). */
  sms: SmsSettings | undefined;
}

/** SMS through GOV.UK Notify (README, "Notifications"). */
export interface SmsSettings {
  /** `{key name}-{service id}-{secret key}`, as Notify gives it. */
  apiKey: string;
  /** The one SMS template, whose content is `((message))`. */
  templateId: string;
  /** Notify's API; a local stub in tests. */
  baseUrl: string;
}

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS, required unless requireTls is off. */
  secure: boolean;
  requireTls: boolean;
  auth: { user: string; password: string } | undefined;
  from: string;
}

/** Thrown for a bad configuration; its message is the one line printed before exit. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    // The value is never echoed back: it may be a secret or a URL with a password.
    throw new ConfigError(variable, `is invalid: ${issue.message}`);
  }
  const c = parsed.data;
  const isProduction = c.NODE_ENV === 'production';
  if (isProduction && !c.JWT_SECRET) throw new ConfigError('JWT_SECRET', 'is required in production');
  if (isProduction) refuseUnsafeSecrets(c);
  if (isProduction && !c.DATABASE_URL) {
    throw new ConfigError('DATABASE_URL', 'is required in production (the embedded database is for development)');
  }
  if (isProduction && c.MUSTER_DEMO) throw new ConfigError('MUSTER_DEMO', 'cannot be true in production');
  if (isProduction && c.MUSTER_FAULT_INJECTION)
    throw new ConfigError(
      'MUSTER_FAULT_INJECTION',
      'cannot be true in production: it lets a request fail changes on purpose',
    );
  if (isProduction && c.LOG_FORMAT === 'pretty')
    throw new ConfigError('LOG_FORMAT', 'cannot be pretty in production (JSON lines only)');
  if (Boolean(c.MUSTER_ADMIN_EMAIL) !== Boolean(c.MUSTER_ADMIN_PASSWORD)) {
    const missing = c.MUSTER_ADMIN_EMAIL ? 'MUSTER_ADMIN_PASSWORD' : 'MUSTER_ADMIN_EMAIL';
    throw new ConfigError(missing, 'is required when the other bootstrap admin variable is set');
  }
  return {
    env: c.NODE_ENV,
    isProduction,
    host: c.HOST,
    port: c.PORT,
    logLevel: c.LOG_LEVEL,
    logFormat: c.LOG_FORMAT ?? (c.NODE_ENV === 'development' ? 'pretty' : 'json'),
    database: {
      url: c.DATABASE_URL,
      dataDir: c.MUSTER_DATA_DIR,
      poolMax: c.DB_POOL_MAX,
      connectTimeoutMs: c.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: c.DB_STATEMENT_TIMEOUT_MS,
      idleTimeoutMs: c.DB_IDLE_TIMEOUT_MS,
      preparedStatements: c.DB_PREPARED_STATEMENTS,
      faultInjection: c.MUSTER_FAULT_INJECTION,
    },
    demo: c.MUSTER_DEMO ?? (!isProduction && c.NODE_ENV !== 'test'),
    consoleDir: c.CONSOLE_DIR,
    auth: {
      jwtSecret: c.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      issuer: c.JWT_ISSUER,
      audience: c.JWT_AUDIENCE,
      accessTokenTtlSeconds: c.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: c.REFRESH_TOKEN_TTL_SECONDS,
      loginThrottlePurgeIntervalSeconds: c.LOGIN_THROTTLE_PURGE_INTERVAL_SECONDS,
      publicUrl: c.PUBLIC_URL.replace(/\/+$/, ''),
      invitationTtlHours: c.INVITATION_TTL_HOURS,
      bootstrapAdmin:
        c.MUSTER_ADMIN_EMAIL && c.MUSTER_ADMIN_PASSWORD
          ? { email: c.MUSTER_ADMIN_EMAIL.toLowerCase(), password: c.MUSTER_ADMIN_PASSWORD }
          : undefined,
    },
    audit: { hmacKey: c.AUDIT_HMAC_KEY },
    auditCheckpoint: {
      signingKeyFile: c.AUDIT_CHECKPOINT_SIGNING_KEY_FILE,
      publicKeyFile: c.AUDIT_CHECKPOINT_PUBLIC_KEY_FILE,
    },
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
    metrics: {
      token: c.METRICS_TOKEN,
      enabled: Boolean(c.METRICS_TOKEN) || !isProduction,
      maxOperationNames: c.METRICS_MAX_OPERATION_NAMES,
    },
    graphqlLimits: {
      maxDepth: c.GRAPHQL_MAX_DEPTH,
      maxAliases: c.GRAPHQL_MAX_ALIASES,
      maxDirectives: c.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: c.GRAPHQL_MAX_TOKENS,
      maxCost: c.GRAPHQL_MAX_COST,
      maxAnonymousCost: c.GRAPHQL_MAX_COST_ANONYMOUS,
    },
    trustProxy: c.TRUST_PROXY,
    runbookMaxReviewIntervalMonths: c.RUNBOOK_MAX_REVIEW_INTERVAL_MONTHS,
    patchTargetDays: c.PATCH_TARGET_DAYS,
    cyberAlerts: {
      ackHours: c.CYBER_ALERT_ACK_HOURS,
      firstUpdateDays: c.CYBER_ALERT_FIRST_UPDATE_DAYS,
      unacknowledgedPageHours: c.CYBER_ALERT_UNACKNOWLEDGED_PAGE_HOURS,
    },
    incidents: {
      sitRepCadenceHours: [
        c.INCIDENT_SITREP_HOURS_LEVEL_1,
        c.INCIDENT_SITREP_HOURS_LEVEL_2,
        c.INCIDENT_SITREP_HOURS_LEVEL_3,
        c.INCIDENT_SITREP_HOURS_LEVEL_4,
      ],
      regionContactEmail: c.INCIDENT_REGION_CONTACT_EMAIL?.toLowerCase(),
    },
    assuranceBands: { substantialFrom: c.ASSURANCE_BAND_SUBSTANTIAL_FROM, partialFrom: c.ASSURANCE_BAND_PARTIAL_FROM },
    exerciseIntervalMonths: {
      communications: c.EXERCISE_MONTHS_COMMUNICATIONS,
      tableTop: c.EXERCISE_MONTHS_TABLE_TOP,
      livePlay: c.EXERCISE_MONTHS_LIVE_PLAY,
      commandPost: c.EXERCISE_MONTHS_COMMAND_POST,
    },
    governance: {
      seniorManagementReportHours: c.IG_SENIOR_MANAGEMENT_REPORT_HOURS,
      processorNoticeHours: c.IG_PROCESSOR_NOTICE_HOURS,
      reportableMinLikelihood: c.IG_REPORTABLE_MIN_LIKELIHOOD,
      reportableMinSeverity: c.IG_REPORTABLE_MIN_SEVERITY,
    },
    oncall: {
      pageAckTimeoutMinutes: c.PAGE_ACK_TIMEOUT_MINUTES,
      ackLinkBaseUrl: c.PAGE_ACK_LINK_BASE_URL.replace(/\/+$/, ''),
    },
    scheduler: {
      enabled: c.SCHEDULER_ENABLED ?? c.NODE_ENV !== 'test',
      intervalMs: c.SCHEDULER_INTERVAL_MS,
      jobsPerTick: c.SCHEDULER_JOBS_PER_TICK,
    },
    notifications: {
      maxAttempts: c.NOTIFY_MAX_ATTEMPTS,
      retryBaseMs: c.NOTIFY_RETRY_BASE_SECONDS * 1000,
      retryMaxMs: Math.max(c.NOTIFY_RETRY_MAX_SECONDS, c.NOTIFY_RETRY_BASE_SECONDS) * 1000,
      leaseMs: c.NOTIFY_LEASE_SECONDS * 1000,
      batchSize: c.NOTIFY_BATCH_SIZE,
      sendConcurrency: c.NOTIFY_SEND_CONCURRENCY,
      sendTimeoutMs: c.NOTIFY_SEND_TIMEOUT_MS,
      webhookAllowedHosts: c.NOTIFY_WEBHOOK_ALLOWED_HOSTS.split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
      webhookRequireHttps: isProduction,
      smtp: smtpSettings(c, isProduction),
      sms: smsSettings(c, isProduction),
    },
    reports: { browserPath: c.REPORT_BROWSER_PATH === 'none' ? null : c.REPORT_BROWSER_PATH },
    liveEvents: {
      redis: c.REDIS_URL
        ? {
            url: c.REDIS_URL,
            channelPrefix: c.REDIS_CHANNEL_PREFIX,
            connectTimeoutMs: c.REDIS_CONNECT_TIMEOUT_MS,
            publishTimeoutMs: c.REDIS_PUBLISH_TIMEOUT_MS,
            requiredAtStart: isProduction,
          }
        : undefined,
    },
  };
}

/** SMTP is on when SMTP_HOST is set; then it needs a sender, whole credentials and, in production, encryption. */
function smtpSettings(c: RawConfig, isProduction: boolean): SmtpSettings | undefined {
  if (!c.SMTP_HOST) return undefined;
  if (!c.MAIL_FROM) throw new ConfigError('MAIL_FROM', 'is required when SMTP_HOST is set');
  if (Boolean(c.SMTP_USER) !== Boolean(c.SMTP_PASSWORD)) {
    throw new ConfigError(
      c.SMTP_USER ? 'SMTP_PASSWORD' : 'SMTP_USER',
      'is required when the other SMTP credential is set',
    );
  }
  if (isProduction && !c.SMTP_SECURE && !c.SMTP_REQUIRE_TLS) {
    throw new ConfigError(
      'SMTP_REQUIRE_TLS',
      'cannot be false in production unless SMTP_SECURE is true: mail would travel unencrypted',
    );
  }
  return {
    host: c.SMTP_HOST,
    port: c.SMTP_PORT,
    secure: c.SMTP_SECURE,
    requireTls: c.SMTP_REQUIRE_TLS,
    auth: c.SMTP_USER && c.SMTP_PASSWORD ? { user: c.SMTP_USER, password: c.SMTP_PASSWORD } : undefined,
    from: c.MAIL_FROM,
  };
}

/** A GOV.UK Notify API key ends with its service id and its secret key, two UUIDs. */
const NOTIFY_API_KEY_FORMAT =
  /^[A-Za-z0-9_.-]+-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;

/** SMS is on when NOTIFY_API_KEY is set; then it needs the template, and in production Notify over https. */
function smsSettings(c: RawConfig, isProduction: boolean): SmsSettings | undefined {
  if (!c.NOTIFY_API_KEY) return undefined;
  if (!NOTIFY_API_KEY_FORMAT.test(c.NOTIFY_API_KEY)) {
    throw new ConfigError(
      'NOTIFY_API_KEY',
      'is invalid: must be a GOV.UK Notify API key (its name, the service id and the secret key, joined by hyphens)',
    );
  }
  if (!c.NOTIFY_SMS_TEMPLATE_ID)
    throw new ConfigError('NOTIFY_SMS_TEMPLATE_ID', 'is required when NOTIFY_API_KEY is set');
  if (isProduction && !c.NOTIFY_BASE_URL.startsWith('https://')) {
    throw new ConfigError('NOTIFY_BASE_URL', 'must be https in production');
  }
  return {
    apiKey: c.NOTIFY_API_KEY,
    templateId: c.NOTIFY_SMS_TEMPLATE_ID,
    baseUrl: c.NOTIFY_BASE_URL.replace(/\/+$/, ''),
  };
}

/** Every variable the schema declares a secret, checked by the one production rule. */
function refuseUnsafeSecrets(c: RawConfig): void {
  for (const [variable, schema] of Object.entries(configSchema.shape)) {
    const kind = secretKind(schema);
    const value = c[variable as keyof RawConfig];
    if (!kind || typeof value !== 'string') continue;
    // The problem names the rule, never the value.
    const problem = productionSecretProblem(value, kind);
    if (problem) throw new ConfigError(variable, problem);
  }
}

/** An empty variable counts as unset, as shells and CI systems often pass them. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
