import { randomBytes, randomUUID } from 'node:crypto';
import { ConfigError, loadConfig } from './app-config';

const STRONG_SECRET = randomBytes(32).toString('base64');
/** A GOV.UK Notify key's shape: a name, the service id and the secret key. */
const freshNotifyKey = () => ['muster', randomUUID(), randomUUID()].join('-');

describe('loadConfig', () => {
  it('runs on the embedded database with development defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.database.url).toBeUndefined();
    expect(config.database.dataDir).toBe('.data/pglite');
    expect(config.demo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.database.poolMax).toBe(10);
    expect(config.database.preparedStatements).toBe(true);
    expect(loadConfig({ DB_PREPARED_STATEMENTS: 'false' }).database.preparedStatements).toBe(false);
  });

  it('logs for a person in development and JSON lines in test and production, never pretty in production', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/muster', JWT_SECRET: STRONG_SECRET };
    expect(loadConfig({}).logFormat).toBe('pretty');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'test' }).logFormat).toBe('json');
    expect(loadConfig(prod).logFormat).toBe('json');
    expect(() => loadConfig({ ...prod, LOG_FORMAT: 'pretty' })).toThrow('LOG_FORMAT cannot be pretty in production');
    expect(() => loadConfig({ LOG_FORMAT: 'colourful' })).toThrow('LOG_FORMAT is invalid');
  });

  it.each([
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is invalid'],
    [{ DATABASE_URL: 'mysql://root@localhost/db' }, 'DATABASE_URL is invalid'],
    [{ PORT: 'eighty' }, 'PORT is invalid'],
    [{ DB_POOL_MAX: '0' }, 'DB_POOL_MAX is invalid'],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/muster' }, 'JWT_SECRET is required in production'],
    [{ NODE_ENV: 'production', JWT_SECRET: STRONG_SECRET }, 'DATABASE_URL is required in production'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET is invalid'],
    [{ MUSTER_ADMIN_EMAIL: 'admin@example.org' }, 'MUSTER_ADMIN_PASSWORD is required'],
    [{ MUSTER_DEMO: 'maybe' }, 'MUSTER_DEMO is invalid'],
    [{ DB_PREPARED_STATEMENTS: 'sometimes' }, 'DB_PREPARED_STATEMENTS is invalid'],
    [{ PAGE_ACK_LINK_BASE_URL: 'https://a-very-long-host-name.example.nhs.uk' }, 'PAGE_ACK_LINK_BASE_URL is invalid'],
    [{ PAGE_ACK_TIMEOUT_MINUTES: '0' }, 'PAGE_ACK_TIMEOUT_MINUTES is invalid'],
  ])('refuses %j with one line naming the variable', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('never echoes a secret-bearing value back in its message', () => {
    try {
      loadConfig({ DATABASE_URL: 'postgres://user:hunter2-secret@' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('takes the IG clocks and DSPT grading thresholds, with the guidance as defaults', () => {
    expect(loadConfig({}).governance).toEqual({
      seniorManagementReportHours: 12,
      processorNoticeHours: 24,
      reportableMinLikelihood: 3,
      reportableMinSeverity: 2,
    });
    expect(loadConfig({ IG_REPORTABLE_MIN_LIKELIHOOD: '4', IG_PROCESSOR_NOTICE_HOURS: '8' }).governance).toMatchObject({
      reportableMinLikelihood: 4,
      processorNoticeHours: 8,
    });
    expect(() => loadConfig({ IG_REPORTABLE_MIN_SEVERITY: '6' })).toThrow('IG_REPORTABLE_MIN_SEVERITY');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.url).toBeUndefined();
  });

  it('turns the demo off in production and refuses to force it on', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/muster', JWT_SECRET: STRONG_SECRET };
    expect(loadConfig(prod).demo).toBe(false);
    expect(() => loadConfig({ ...prod, MUSTER_DEMO: 'true' })).toThrow('MUSTER_DEMO cannot be true in production');
  });

  it('keeps the fault injector off unless asked, and refuses it in production', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/muster', JWT_SECRET: STRONG_SECRET };
    expect(loadConfig({}).database.faultInjection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', MUSTER_FAULT_INJECTION: 'true' }).database.faultInjection).toBe(true);
    expect(loadConfig(prod).database.faultInjection).toBe(false);
    expect(() => loadConfig({ ...prod, MUSTER_FAULT_INJECTION: 'true' })).toThrow(
      'MUSTER_FAULT_INJECTION cannot be true in production',
    );
  });

  describe('scheduler and notifications', () => {
    it('runs the scheduler loop except in tests (unless asked), and sends no email without SMTP_HOST', () => {
      expect(loadConfig({}).scheduler).toEqual({ enabled: true, intervalMs: 5_000, jobsPerTick: 100 });
      expect(loadConfig({ NODE_ENV: 'test' }).scheduler.enabled).toBe(false);
      expect(loadConfig({ NODE_ENV: 'test', SCHEDULER_ENABLED: 'true' }).scheduler.enabled).toBe(true);
      const n = loadConfig({}).notifications;
      expect(n.smtp).toBeUndefined();
      expect(n).toMatchObject({
        maxAttempts: 6,
        retryBaseMs: 30_000,
        retryMaxMs: 3_600_000,
        leaseMs: 120_000,
        webhookRequireHttps: false,
      });
      expect(n.webhookAllowedHosts).toEqual(['*.webhook.office.com', '*.logic.azure.com', '*.api.powerplatform.com']);
    });

    it('takes an SMTP server with STARTTLS required by default', () => {
      const smtp = loadConfig({
        SMTP_HOST: 'send.nhs.net',
        MAIL_FROM: 'muster@nhs.net',
        SMTP_USER: 'muster@nhs.net',
        SMTP_PASSWORD: 'an app password',
      }).notifications.smtp;
      expect(smtp).toEqual({
        host: 'send.nhs.net',
        port: 587,
        secure: false,
        requireTls: true,
        from: 'muster@nhs.net',
        auth: { user: 'muster@nhs.net', password: 'an app password' },
      });
    });

    it.each([
      [{ SMTP_HOST: 'smtp.example.org' }, 'MAIL_FROM is required when SMTP_HOST is set'],
      [{ SMTP_HOST: 'smtp.example.org', MAIL_FROM: 'm@example.org', SMTP_USER: 'm' }, 'SMTP_PASSWORD is required'],
      [{ MAIL_FROM: 'not an address' }, 'MAIL_FROM is invalid'],
      [{ SMTP_PASSWORD: 'short' }, 'SMTP_PASSWORD is invalid'],
      [{ NOTIFY_MAX_ATTEMPTS: '0' }, 'NOTIFY_MAX_ATTEMPTS is invalid'],
      [
        {
          NODE_ENV: 'production',
          DATABASE_URL: 'postgres://db/muster',
          JWT_SECRET: STRONG_SECRET,
          SMTP_HOST: 'smtp.example.org',
          MAIL_FROM: 'm@example.org',
          SMTP_REQUIRE_TLS: 'false',
        },
        'SMTP_REQUIRE_TLS cannot be false in production',
      ],
    ])('refuses %j with one line naming the variable', (env, expected) => {
      expect(() => loadConfig(env)).toThrow(expected);
    });

    it('sends SMS through GOV.UK Notify only with NOTIFY_API_KEY, at Notify itself unless told otherwise', () => {
      expect(loadConfig({}).notifications.sms).toBeUndefined();
      const key = freshNotifyKey();
      const templateId = randomUUID();
      expect(loadConfig({ NOTIFY_API_KEY: key, NOTIFY_SMS_TEMPLATE_ID: templateId }).notifications.sms).toEqual({
        apiKey: key,
        templateId,
        baseUrl: 'https://api.notifications.service.gov.uk',
      });
      const stub = { NOTIFY_API_KEY: key, NOTIFY_SMS_TEMPLATE_ID: templateId, NOTIFY_BASE_URL: 'http://127.0.0.1:9/' };
      expect(loadConfig(stub).notifications.sms?.baseUrl).toBe('http://127.0.0.1:9');
    });

    it.each([
      [{ NOTIFY_API_KEY: 'x'.repeat(40) }, 'NOTIFY_API_KEY is invalid: must be a GOV.UK Notify API key'],
      [{ NOTIFY_API_KEY: freshNotifyKey() }, 'NOTIFY_SMS_TEMPLATE_ID is required'],
      [{ NOTIFY_SMS_TEMPLATE_ID: 'template' }, 'NOTIFY_SMS_TEMPLATE_ID is invalid'],
      [{ NOTIFY_BASE_URL: 'ftp://notify' }, 'NOTIFY_BASE_URL is invalid'],
      [
        {
          NODE_ENV: 'production',
          DATABASE_URL: 'postgres://db/muster',
          JWT_SECRET: STRONG_SECRET,
          NOTIFY_API_KEY: 'muster_test-09ca9ab0-6d45-46a3-819d-9c86be5a0508-02a03374-68df-473b-ab7d-5d0a2b3b0f48',
          NOTIFY_SMS_TEMPLATE_ID: randomUUID(),
        },
        'NOTIFY_API_KEY is refused in production: it is a value published in the Muster repository',
      ],
      [
        {
          NODE_ENV: 'production',
          DATABASE_URL: 'postgres://db/muster',
          JWT_SECRET: STRONG_SECRET,
          NOTIFY_API_KEY: freshNotifyKey(),
          NOTIFY_SMS_TEMPLATE_ID: randomUUID(),
          NOTIFY_BASE_URL: 'http://notify.internal',
        },
        'NOTIFY_BASE_URL must be https in production',
      ],
    ])('refuses the Notify settings %j with one line naming the variable', (env, expected) => {
      expect(() => loadConfig(env)).toThrow(expected);
    });

    it('requires https for webhooks in production only', () => {
      expect(
        loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/muster', JWT_SECRET: STRONG_SECRET })
          .notifications.webhookRequireHttps,
      ).toBe(true);
    });
  });

  describe('live events', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/muster', JWT_SECRET: STRONG_SECRET };

    it('stay in this process without REDIS_URL; with it, Redis is required at start in production only', () => {
      expect(loadConfig({}).liveEvents.redis).toBeUndefined();
      expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).liveEvents.redis).toEqual({
        url: 'redis://127.0.0.1:6379',
        channelPrefix: 'muster:',
        connectTimeoutMs: 5_000,
        publishTimeoutMs: 2_000,
        requiredAtStart: false,
      });
      expect(
        loadConfig({ ...prod, REDIS_URL: 'rediss://cache.internal:6380/2' }).liveEvents.redis?.requiredAtStart,
      ).toBe(true);
    });

    it.each([
      [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL is invalid'],
      [{ REDIS_URL: 'redis://' }, 'REDIS_URL is invalid'],
      [{ REDIS_CHANNEL_PREFIX: 'has space' }, 'REDIS_CHANNEL_PREFIX is invalid'],
      [{ REDIS_CONNECT_TIMEOUT_MS: '5' }, 'REDIS_CONNECT_TIMEOUT_MS is invalid'],
    ])('refuses %j with one line naming the variable', (env, expected) => {
      expect(() => loadConfig(env)).toThrow(expected);
    });

    it('never echoes the Redis password back', () => {
      expect(() => loadConfig({ REDIS_URL: 'redis://:hunter2-secret@' })).toThrow(
        /^(?!.*hunter2).*REDIS_URL is invalid/,
      );
    });
  });
});
