import { DataSource } from 'typeorm';
import { ApiKeyService } from '@muster/identity';
import { Principal, Role } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { PostureIngestionService } from '@muster/posture';
import { SeedSection } from './seed-section';

const DAY_MS = 86_400_000;
const WEEKS = 52;
/** The NHS organisations the SOC reports on in the demo; RLY is the one trending worse. */
const NHS = ['QNC', 'RJE', 'RRE', 'RLY', 'RYA'];
const WORSENING = 'RLY';
export const DEMO_SOC_KEY_NAME = 'SOC SIEM (demo)';

/** A small deterministic wobble, so the series are not flat lines. */
const wobble = (week: number, seed: number, span: number) => ((week * 7 + seed * 13) % (span * 2 + 1)) - span;

/** One week's values of an organisation: steady (slowly improving) ones, and RLY getting worse in the last months. */
function weekOf(ods: string, week: number, seed: number) {
  const late = Math.max(0, week - (WEEKS - 16)); // the last 16 weeks: RLY slides
  const worse = ods === WORSENING;
  const criticalOpen = worse
    ? Math.min(8, Math.floor(late / 2))
    : Math.max(0, 2 + wobble(week, seed, 1) - (week > 40 ? 1 : 0));
  const highOpen = Math.max(0, (worse ? 12 + late * 2 : 14 - Math.floor(week / 8)) + wobble(week, seed, 3));
  return {
    assetsInScope: 900 + seed * 350 + Math.floor(week / 4),
    criticalOpen,
    highOpen,
    mediumOpen: 60 + seed * 10 + wobble(week, seed, 8),
    lowOpen: 150 + seed * 20 + wobble(week, seed, 15),
    criticalPastTarget: worse ? Math.max(0, Math.min(criticalOpen, late - 10)) : 0,
    highPastTarget: Math.max(0, Math.min(highOpen, (worse ? 2 + late : 3) + wobble(week, seed, 1))),
    patchCompliancePercent: worse ? 94 - late * 1.25 : Math.min(99, 90 + week / 10 + wobble(week, seed, 1)),
  };
}

/**
 * 12 months of SOC posture, weekly (52 reports per organisation, to keep the demo small) for
 * the ICB and the four trusts, reported through the ingestion service by the ICS SOC's own API
 * key (created here; its secret is not kept). North Staffordshire Combined Healthcare (RLY)
 * trends worse over the last four months: critical vulnerabilities past the patch target in
 * the last weeks raise one posture-breach assignment for its Digital team (it has no Cyber/SOC
 * team). One transaction; idempotent: nothing is written once the SOC's demo key exists.
 */
export const postureSeed: SeedSection = {
  name: 'demo SOC posture',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const orgs = await db.query<{ id: string; ods: string }[]>(
      `SELECT id, ods_code AS ods FROM organisation WHERE ods_code = ANY($1) ORDER BY ods_code`,
      [[...NHS, 'QNCSOC']],
    );
    const soc = orgs.find((o) => o.ods === 'QNCSOC');
    const reported = orgs.filter((o) => NHS.includes(o.ods));
    if (!soc || reported.length !== NHS.length) return [];
    const [existing] = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM api_key WHERE organisation_id = $1 AND name = $2`,
      [soc.id, DEMO_SOC_KEY_NAME],
    );
    if (existing.n > 0) return [];
    const today = Math.floor(ctx.app.get(Clock).now().getTime() / DAY_MS);
    const ingestion = ctx.app.get(PostureIngestionService);
    let breaches = 0;
    await ctx.app.get(UnitOfWork).run(async () => {
      const { apiKey } = await ctx.app
        .get(ApiKeyService)
        .create(ctx.system, { organisationId: soc.id, role: Role.RESPONDER, name: DEMO_SOC_KEY_NAME });
      const key = new Principal({ type: 'API_KEY', id: apiKey.id, label: apiKey.name }, [
        { organisationId: soc.id, role: Role.RESPONDER, teamId: null },
      ]);
      for (let week = 0; week < WEEKS; week++) {
        const day = new Date((today - 1 - 7 * (WEEKS - 1 - week)) * DAY_MS).toISOString().slice(0, 10);
        const result = await ingestion.report(key, {
          day,
          reports: reported.map((o, seed) => ({ organisationId: o.id, ...weekOf(o.ods, week, seed) })),
        });
        breaches += result.breachesRaised;
      }
    });
    return [
      `demo SOC posture: ${WEEKS} weekly reports for ${reported.length} NHS organisations (RLY trending worse; ${breaches} breach assignment)`,
    ];
  },
};
