import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@muster/platform-config';
import { SystemPrincipal } from '@muster/identity';
import { bootstrapAdminSeed } from './bootstrap-admin.seed';
import { designationsSeed } from './designations.seed';
import { exercisesSeed } from './exercises.seed';
import { identitySeed } from './identity.seed';
import { notificationsSeed } from './notifications.seed';
import { incidentsSeed } from './incidents.seed';
import { assignmentsSeed } from './assignments.seed';
import { assuranceSeed } from './assurance.seed';
import { oncallSeed } from './oncall.seed';
import { governanceSeed } from './governance.seed';
import { postureSeed } from './posture.seed';
import { cyberAlertsSeed } from './cyber-alerts.seed';
import { readinessSeed } from './readiness.seed';
import { runbooksSeed } from './runbooks.seed';
import { SeedSection } from './seed-section';
import { sharedServicesSeed } from './shared-services.seed';

/**
 * Start-up data, one section per domain, in order (a new domain adds its file and one
 * line here). The demo directory comes before the bootstrap administrator: in demo mode
 * the demo system administrator already exists, so no placeholder ICB is made beside it.
 */
const SECTIONS: SeedSection[] = [
  identitySeed,
  designationsSeed,
  sharedServicesSeed,
  bootstrapAdminSeed,
  runbooksSeed,
  readinessSeed,
  notificationsSeed,
  incidentsSeed,
  exercisesSeed,
  assignmentsSeed,
  governanceSeed,
  postureSeed,
  cyberAlertsSeed,
  assuranceSeed,
  oncallSeed,
];

/**
 * Runs every section that applies (demo sections only in demo mode) and returns the
 * lines for the start-up banner (how to log in). Used by `npm start` and `npm run db:seed`.
 */
export async function seedOnStart(app: INestApplicationContext, config: AppConfig): Promise<string[]> {
  const ctx = { app, config, system: new SystemPrincipal() };
  const lines: string[] = [];
  for (const section of SECTIONS) {
    if (section.demoOnly && !config.demo) continue;
    lines.push(...(await section.run(ctx)));
  }
  return lines;
}
