import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ServerProcess } from '@muster/testing';

interface OtlpSpan {
  traceId: string;
  name: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}
interface OtlpExport {
  resourceSpans: { scopeSpans: { scope: { name: string }; spans: OtlpSpan[] }[] }[];
}

/** A collector that takes OTLP/HTTP JSON exports, as the OpenTelemetry Collector would. */
async function startCollector(): Promise<{ server: Server; url: string; spans: (OtlpSpan & { scope: string })[] }> {
  const spans: (OtlpSpan & { scope: string })[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
        for (const r of body.resourceSpans)
          for (const s of r.scopeSpans) for (const span of s.spans) spans.push({ ...span, scope: s.scope.name });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans };
}

const EMAIL = 'private.person@example.nhs.uk';
/** Made per run: a password written here would be a secret shipped in the repository. */
const PASSWORD = randomBytes(16).toString('base64');

/**
 * OpenTelemetry: with OTEL_EXPORTER_OTLP_ENDPOINT set, one GraphQL mutation is one trace —
 * its HTTP, GraphQL and SQL spans — whose id is the request id of the logs and the response;
 * no attribute holds the personal data the request carried; spans still buffered are sent on
 * SIGTERM. The real entry point as a process: instrumentation patches modules as Node loads
 * them, which jest's module system would bypass.
 */
describe('tracing', () => {
  it('exports one trace per mutation with its SQL spans and no personal data', async () => {
    const collector = await startCollector();
    const server = await ServerProcess.start({
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: 'muster-api-test',
    });
    let requestId = '';
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': `probe ${EMAIL}` },
        body: JSON.stringify({
          query: `mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken } }`,
          variables: { input: { email: EMAIL, password: PASSWORD } },
        }),
      });
      expect(((await res.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      requestId = res.headers.get('x-request-id') ?? '';
      expect(requestId).toMatch(/^[0-9a-f]{32}$/);
      await fetch(`http://127.0.0.1:${server.port}/health/ready`);
      server.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
    } finally {
      collector.server.close();
    }
    const trace = collector.spans.filter(
      (s) => s.traceId === (server.logs.find((l) => l.operationName === 'SignIn')?.requestId ?? ''),
    );
    const scopes = new Set(trace.map((s) => s.scope));
    expect([...scopes].sort()).toEqual(
      expect.arrayContaining([
        '@opentelemetry/instrumentation-graphql',
        '@opentelemetry/instrumentation-http',
        '@opentelemetry/instrumentation-pg',
      ]),
    );
    expect(trace.filter((s) => s.scope === '@opentelemetry/instrumentation-pg').length).toBeGreaterThan(0);
    // Every HTTP span is that request's: health checks are not traced (start-up's schema
    // build and background SQL are traces of their own).
    expect(
      collector.spans.filter((s) => s.scope.endsWith('instrumentation-http')).every((s) => s.traceId === requestId),
    ).toBe(true);
    expect(trace.map((s) => s.name)).toContain('mutation SignIn');
    expect(collector.spans.some((s) => JSON.stringify(s).includes('/health'))).toBe(false);
    const everything = JSON.stringify(collector.spans);
    expect(everything).not.toContain(EMAIL);
    expect(everything).not.toContain('example.nhs.uk');
    expect(everything).not.toContain(PASSWORD);
    // Nothing about the person at the other end: their address, port and user agent.
    const keys = new Set(collector.spans.flatMap((s) => s.attributes.map((a) => a.key)));
    for (const key of ['client.address', 'network.peer.address', 'http.client_ip', 'user_agent.original'])
      expect(keys.has(key)).toBe(false);
    expect(everything).not.toContain('probe ');
  });
});
