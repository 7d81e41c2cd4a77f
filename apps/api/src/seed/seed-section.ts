import { INestApplicationContext } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { AppConfig } from '@muster/platform-config';

/** What every seed section is given. */
export interface SeedContext {
  app: INestApplicationContext;
  config: AppConfig;
  /** Passes every access check; changes are audited with the SYSTEM actor. */
  system: Principal;
}

/**
 * One domain's start-up data. Sections run in order, each idempotent (a second start
 * changes nothing and records no audit event), writing through the domain's services so
 * every row is audited. A section returns lines for the start-up banner.
 */
export interface SeedSection {
  name: string;
  /** Runs only in demo mode (MUSTER_DEMO, the default outside production and tests). */
  demoOnly: boolean;
  run(ctx: SeedContext): Promise<string[]>;
}
