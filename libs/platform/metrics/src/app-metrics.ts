import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from a fast read (5 ms) to a slow report (10 s). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** An operation name a client chose is a label only when it looks like one (no ids, no text). */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface AppMetricsOptions {
  /** Distinct operation names kept as labels; later ones are counted as `other` (cardinality). */
  maxOperationNames: number;
  /** Node's process metrics (CPU, memory, event loop lag, GC). */
  processMetrics: boolean;
}

/**
 * This process's Prometheus metrics: one registry per application (tests run several in one
 * process), the metrics every part records into, and the gauges parts read at scrape time.
 * Labels never carry ids or personal data: routes are patterns, operations are names.
 */
export class AppMetrics {
  readonly registry = new Registry();
  readonly httpRequests: Histogram<'method' | 'route' | 'status'>;
  readonly graphqlOperations: Histogram<'operation' | 'type'>;
  readonly graphqlErrors: Counter<'code'>;
  readonly auditEventsAppended: Counter;
  readonly jobsRun: Counter<'kind' | 'outcome'>;
  readonly notificationDeliveries: Counter<'channel' | 'outcome'>;
  private readonly operationNames = new Set<string>();

  constructor(private readonly options: AppMetricsOptions) {
    const registers = [this.registry];
    this.httpRequests = new Histogram({
      name: 'muster_http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern and status, and how long they took.',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.graphqlOperations = new Histogram({
      name: 'muster_graphql_operation_duration_seconds',
      help: 'GraphQL operations by operation name and type, and how long they took.',
      labelNames: ['operation', 'type'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.graphqlErrors = new Counter({
      name: 'muster_graphql_errors_total',
      help: 'GraphQL errors by code (BAD_USER_INPUT, NOT_FOUND, …, INTERNAL_SERVER_ERROR).',
      labelNames: ['code'],
      registers,
    });
    this.auditEventsAppended = new Counter({
      name: 'muster_audit_events_appended_total',
      help: 'Audit events appended to the trail (committed with their change).',
      registers,
    });
    this.jobsRun = new Counter({
      name: 'muster_jobs_run_total',
      help: 'Scheduled jobs run by this process, by kind and outcome (completed, failed).',
      labelNames: ['kind', 'outcome'],
      registers,
    });
    this.notificationDeliveries = new Counter({
      name: 'muster_notification_deliveries_total',
      help: 'Notification deliveries attempted by this process, by channel and outcome.',
      labelNames: ['channel', 'outcome'],
      registers,
    });
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'muster_' });
  }

  /**
   * A gauge read when scraped (a pool's connections, the job queue's depth). A reading that
   * fails (the database is down) leaves the gauge out of that scrape rather than failing it.
   */
  gaugeAtScrape<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    read: () => Promise<Partial<Record<string, number>> | number> | Partial<Record<string, number>> | number,
    label?: L,
  ): void {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        let value: Partial<Record<string, number>> | number;
        try {
          value = await read();
        } catch {
          return;
        }
        if (typeof value === 'number') this.set(value);
        else if (label)
          for (const [key, v] of Object.entries(value))
            if (v !== undefined) this.set({ [label]: key } as Partial<Record<L, string>>, v);
      },
    });
  }

  /** The label of a client's operation name: the name, `anonymous`, or `other` past the cap. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= this.options.maxOperationNames) return 'other';
    this.operationNames.add(name);
    return name;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
