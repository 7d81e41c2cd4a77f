import { Injectable } from '@nestjs/common';

/** Flips once on SIGTERM so readiness fails before the server stops taking requests. */
@Injectable()
export class Lifecycle {
  private shuttingDown = false;
  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }
  beginShutdown(): void {
    this.shuttingDown = true;
  }
}
