import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * The responses the server still owes, so that a shutdown can wait for them, close each
 * connection after its response, and say honestly how many were delivered. The count is
 * also kept in shared memory for the shutdown watchdog, which runs on another thread.
 */
export class InFlightRequests {
  /** How many responses are open, readable from another thread while this one is blocked. */
  readonly shared = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  private readonly open = new Set<ServerResponse>();
  private draining = false;
  private whenEmpty: (() => void) | null = null;
  /** Counted from the moment draining begins. */
  readonly outcome = { delivered: 0, unfinished: 0 };

  constructor(server: Server) {
    // Before the application's own listener, so no response can begin untracked.
    server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => this.track(res));
  }

  get size(): number {
    return this.open.size;
  }

  /**
   * From now on every response closes its connection once sent (a keep-alive client must
   * not send the next request to a server that is going away); resolves once none is open.
   */
  drain(): Promise<void> {
    this.draining = true;
    for (const res of this.open) closeAfter(res);
    return new Promise((resolve) => {
      this.whenEmpty = resolve;
      if (this.open.size === 0) resolve();
    });
  }

  private track(res: ServerResponse): void {
    this.open.add(res);
    Atomics.add(this.shared, 0, 1);
    if (this.draining) closeAfter(res);
    res.once('close', () => {
      this.open.delete(res);
      Atomics.sub(this.shared, 0, 1);
      if (!this.draining) return;
      // 'finish' means the whole response was handed to the operating system.
      if (res.writableFinished) this.outcome.delivered += 1;
      else this.outcome.unfinished += 1;
      if (this.open.size === 0) this.whenEmpty?.();
    });
  }
}

function closeAfter(res: ServerResponse): void {
  if (!res.headersSent) res.setHeader('connection', 'close');
}
