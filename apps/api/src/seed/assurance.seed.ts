import { FrameworkImportService, SHIPPED_FRAMEWORKS, shippedFrameworkFile } from '@muster/assurance';
import { SeedSection } from './seed-section';

/**
 * Assurance: the shipped frameworks — the CAF-aligned DSPT structure and the EPRR core
 * standards SAMPLE — imported once, as `npm run assurance:import` would.
 */
export const assuranceSeed: SeedSection = {
  name: 'demo assurance',
  demoOnly: true,
  async run(ctx) {
    const importer = ctx.app.get(FrameworkImportService);
    const imported: string[] = [];
    for (const file of Object.values(SHIPPED_FRAMEWORKS)) {
      const { framework, imported: now } = await importer.importOnce(ctx.system, shippedFrameworkFile(file));
      if (now) imported.push(`${framework.name} ${framework.version}`);
    }
    return imported.length ? [`  demo assurance: frameworks imported (${imported.join('; ')})`] : [];
  },
};
