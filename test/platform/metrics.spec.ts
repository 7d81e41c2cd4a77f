import { randomBytes } from 'node:crypto';
import { loadConfig } from '@muster/platform-config';
import { createOrganisation, startTestApp, TestApp } from '@muster/testing';

/** Made per run: a token written here would be a secret shipped in the repository. */
const random = () => randomBytes(32).toString('base64');
const TOKEN = random();

/** A sample's value in Prometheus text, by metric name and labels as written (`{code="NOT_FOUND"}`); 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/**
 * GET /metrics: Prometheus text with HTTP and GraphQL timings by pattern and operation name
 * (never an id or a person), errors by code, audit appends, the pool, the job queue and the
 * subscriptions; behind METRICS_TOKEN when set, and never public by default in production.
 */
describe('metrics', () => {
  describe('open outside production', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp()));
    afterAll(() => t.close());
    const scrape = async () => {
      const res = await fetch(`${t.baseUrl}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      return res.text();
    };

    it('counts operations by name and errors by code, without ids or personal data in any label', async () => {
      const before = await scrape();
      const series = 'muster_graphql_operation_duration_seconds_count{operation="ServerProbe",type="query"}';
      await t.gql.request('query ServerProbe { __typename }');
      await t.gql.request('query ServerProbe { __typename }');
      const missing = '00000000-0000-4000-8000-000000000001';
      await t.gql.request(`query { myAssignments(first: 1) { nodes { id } } }`);
      await t.gql.request(`query Named_${'x'.repeat(80)} { __typename }`);
      await fetch(`${t.baseUrl}/health/live?who=someone@example.nhs.uk`);
      await fetch(`${t.baseUrl}/reports/${missing}.csv`);
      const after = await scrape();
      expect(sample(after, series) - sample(before, series)).toBe(2);
      const unauthenticated = 'muster_graphql_errors_total{code="UNAUTHENTICATED"}';
      expect(sample(after, unauthenticated) - sample(before, unauthenticated)).toBe(1);
      expect(after).toContain('muster_graphql_operation_duration_seconds_count{operation="other",type="query"}');
      expect(after).toMatch(
        /muster_http_request_duration_seconds_count\{method="GET",route="\/health\/live",status="200"\} \d+/,
      );
      expect(after).toMatch(
        /muster_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/,
      );
      expect(after).not.toContain(missing);
      expect(after).not.toContain('example.nhs.uk');
    });

    it('counts audit events appended, and reads the pool, the job queue and the subscriptions when scraped', async () => {
      const before = sample(await scrape(), 'muster_audit_events_appended_total');
      await createOrganisation(t);
      const after = await scrape();
      expect(sample(after, 'muster_audit_events_appended_total') - before).toBe(1);
      expect(after).toMatch(/muster_db_pool_connections\{state="idle"\} \d+/);
      expect(after).toMatch(/muster_db_pool_connections\{state="waiting"\} \d+/);
      expect(after).toMatch(/muster_jobs_pending\{when="due"\} \d+/);
      expect(after).toMatch(/muster_subscription_connections \d+/);
    });
  });

  describe('with METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp({ env: { METRICS_TOKEN: TOKEN } })));
    afterAll(() => t.close());

    it('answers only the scraper that sends it', async () => {
      expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(401);
      const wrong = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('muster_audit_events_appended_total');
    });
  });

  it('is off in production without a token, on with one; a token shipped in the repository is refused', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://muster@db.internal/muster',
      JWT_SECRET: random(),
      AUDIT_HMAC_KEY: random(),
    };
    expect(loadConfig(production).metrics).toMatchObject({ enabled: false, token: undefined });
    expect(loadConfig({ ...production, METRICS_TOKEN: TOKEN }).metrics).toMatchObject({ enabled: true, token: TOKEN });
    expect(() => loadConfig({ ...production, METRICS_TOKEN: 'test-only-jwt-secret-0123456789abcdef' })).toThrow(
      /METRICS_TOKEN/,
    );
    expect(loadConfig({ NODE_ENV: 'development' }).metrics.enabled).toBe(true);
  });
});
