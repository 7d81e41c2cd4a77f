import { BootstrapAdmin } from '@muster/identity';
import { SeedSection } from './seed-section';

/** The first system administrator from MUSTER_ADMIN_EMAIL / MUSTER_ADMIN_PASSWORD (any mode). */
export const bootstrapAdminSeed: SeedSection = {
  name: 'bootstrap administrator',
  demoOnly: false,
  async run({ app, config }) {
    const admin = config.auth.bootstrapAdmin;
    if (!admin) return [];
    const outcome = await app.get(BootstrapAdmin).ensure(admin);
    switch (outcome.status) {
      case 'created':
        return [
          `  administrator: created ${outcome.email} as SYSTEM_ADMIN of ${outcome.organisation} (password from MUSTER_ADMIN_PASSWORD)`,
        ];
      case 'granted':
        return [
          `  administrator: ${outcome.email} is now SYSTEM_ADMIN of ${outcome.organisation} (their password is unchanged)`,
        ];
      case 'present':
        return [];
      case 'skipped':
        return [`  administrator: MUSTER_ADMIN_EMAIL not applied: ${outcome.reason}`];
    }
  },
};
