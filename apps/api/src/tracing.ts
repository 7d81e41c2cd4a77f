import type { ExportResult } from '@opentelemetry/core';
import type * as OtlpHttp from '@opentelemetry/exporter-trace-otlp-http';
import type * as Express from '@opentelemetry/instrumentation-express';
import type * as GraphQL from '@opentelemetry/instrumentation-graphql';
import type * as Http from '@opentelemetry/instrumentation-http';
import type * as Pg from '@opentelemetry/instrumentation-pg';
import type * as Sdk from '@opentelemetry/sdk-node';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * OpenTelemetry traces, exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set and
 * off otherwise. Imported first by main.ts: the instrumentations (http, express, graphql,
 * pg) patch those modules as they load, so this must run before anything requires them — it
 * reads the OpenTelemetry variables itself, as the specification has every SDK do, instead
 * of going through the configuration module (which would load Nest first). The SDK is
 * loaded only when tracing is on: a process without it does not pay for it at start-up.
 *
 * Spans carry no personal data: SQL is its text with placeholders (never the values), GraphQL
 * its operation name and type (never the document, whose literals could hold anything, nor
 * variables), and the attributes that describe the person at the other end (address, user
 * agent) are removed before export. Health checks and scrapes are not traced.
 */
const PERSONAL = [
  'http.client_ip',
  'client.address',
  'client.port',
  'net.peer.ip',
  'net.peer.port',
  'net.sock.peer.addr',
  'net.sock.peer.port',
  'network.peer.address',
  'network.peer.port',
  'http.user_agent',
  'user_agent.original',
  'graphql.source',
  'db.statement.parameters',
];

/** Strips the attributes above from every span, then hands them to the real exporter. */
class WithoutPersonalData implements SpanExporter {
  constructor(private readonly inner: SpanExporter) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    for (const span of spans) for (const key of PERSONAL) delete (span.attributes as Record<string, unknown>)[key];
    this.inner.export(spans, done);
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

const UNTRACED = /^\/(health|metrics)(\/|\?|$)/;

let sdk: Sdk.NodeSDK | undefined;

export function startTracing(env: NodeJS.ProcessEnv = process.env): boolean {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_SDK_DISABLED === 'true') return false;
  // Required synchronously on purpose: the instrumentations must be in place before main.ts
  // goes on to load what they patch.
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof Sdk;
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof OtlpHttp;
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof Http;
  const { ExpressInstrumentation } = require('@opentelemetry/instrumentation-express') as typeof Express;
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof GraphQL;
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof Pg;
  sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? 'muster-api',
    traceExporter: new WithoutPersonalData(new OTLPTraceExporter()),
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => UNTRACED.test(req.url ?? '') }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ allowValues: false, ignoreTrivialResolveSpans: true, mergeItems: true }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  return true;
}

/** Sends what is still buffered; called on shutdown. */
export async function stopTracing(): Promise<void> {
  await sdk?.shutdown();
}

startTracing();
