import { DataSource } from 'typeorm';
import {
  AssessmentGapsService,
  AssessmentLifecycleService,
  AssuranceAssessmentEntity,
  AssuranceRating,
  FrameworkImportService,
  SHIPPED_FRAMEWORKS,
  shippedFrameworkFile,
} from '@muster/assurance';
import { TeamFunction } from '@muster/identity';
import { NotificationAudit } from '@muster/notifications';
import { sqlChange, UnitOfWork } from '@muster/platform-database';
import { Principal } from '@muster/platform-access';
import { SeedSection } from './seed-section';

const { FULLY_COMPLIANT, PARTIALLY_COMPLIANT, NON_COMPLIANT, ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED } =
  AssuranceRating;

/**
 * Per organisation, the EPRR standards (sample) not fully met last year and this year —
 * bands from substantial to partial — and the standards whose gaps already have an action.
 * The first of each list is non-compliant, the rest partially compliant.
 */
const EPRR: { ods: string; lastYear: string[]; thisYear: string[]; actions?: string[] }[] = [
  {
    ods: 'RJE',
    lastYear: ['CBRN-02', 'BC-03'],
    thisYear: ['CBRN-02', 'BC-03', 'TRAIN-02', 'RESP-02', 'BC-02', 'DD-02'],
  },
  {
    ods: 'RRE',
    lastYear: ['BC-02', 'TRAIN-01', 'RESP-03', 'WARN-02'],
    thisYear: ['BC-02', 'TRAIN-01'],
    actions: ['BC-02'],
  },
  { ods: 'RLY', lastYear: ['RISK-02', 'CC-02', 'COOP-02'], thisYear: ['CC-02', 'COOP-02', 'PLAN-02'] },
  { ods: 'RYA', lastYear: ['CBRN-01', 'RESP-01'], thisYear: ['CBRN-01'], actions: ['CBRN-01'] },
  {
    ods: 'E10000028',
    lastYear: ['GOV-03', 'TRAIN-02', 'CC-02', 'BC-02'],
    thisYear: ['GOV-03', 'TRAIN-02', 'CC-02', 'BC-02'],
  },
  {
    ods: 'E06000021',
    lastYear: ['GOV-01', 'RISK-01', 'PLAN-01', 'TRAIN-02', 'WARN-01'],
    thisYear: ['PLAN-01', 'WARN-01'],
  },
];

/** Per trust, the CAF-aligned DSPT outcomes not achieved (first) or partially achieved, this year. */
const CAF: { ods: string; gaps: string[]; actions?: string[] }[] = [
  { ods: 'RJE', gaps: ['B4.d', 'B5.c', 'C1.a', 'D1.c'] },
  { ods: 'RRE', gaps: ['B2.c', 'B6.b'], actions: ['B2.c'] },
  { ods: 'RLY', gaps: ['A3.a', 'B4.b', 'C1.c'] },
  { ods: 'RYA', gaps: ['B5.b'] },
];

const LAST_YEAR = '2024-25';
const THIS_YEAR = '2025-26';

interface Row {
  requirementId: string;
  reference: string;
}

/**
 * Assurance: the shipped frameworks — the CAF-aligned DSPT structure and the EPRR core
 * standards SAMPLE — imported once, as `npm run assurance:import` would; for the six NHS
 * and council organisations last year's EPRR self-assessment (published) and this year's
 * (started as its copy, re-rated, submitted for confirm and challenge); a CAF-aligned
 * DSPT assessment (draft) per trust; a few gaps already turned into actions.
 */
export const assuranceSeed: SeedSection = {
  name: 'demo assurance',
  demoOnly: true,
  async run(ctx) {
    const importer = ctx.app.get(FrameworkImportService);
    const lifecycle = ctx.app.get(AssessmentLifecycleService);
    const gaps = ctx.app.get(AssessmentGapsService);
    const db = ctx.app.get(DataSource);
    const uow = ctx.app.get(UnitOfWork);
    // Last year's confirm and challenge happened last year: what it told people was read long ago.
    const readHistory = (assessmentId: string, organisationId: string) =>
      uow.run(async (tx) => {
        const { rows } = await sqlChange<{ id: string }>(
          tx.manager,
          `UPDATE notification_inbox i SET read_at = $2 FROM notification n
            WHERE n.id = i.notification_id AND n.entity_type = 'assurance_assessment' AND n.entity_id = $1
              AND i.read_at IS NULL
           RETURNING i.id`,
          [assessmentId, tx.now],
        );
        const ids = rows.map((r) => r.id);
        if (!ids.length) return tx.nothingToRecord();
        tx.record({
          action: NotificationAudit.read,
          organisationId,
          entityType: 'notification_inbox',
          entityId: null,
          summary: `Demo seed: ${ids.length} notification(s) of last year's assessment marked read`,
          changes: { ids },
        });
      });
    const frameworks: Record<string, string> = {};
    const imported: string[] = [];
    for (const [name, file] of Object.entries(SHIPPED_FRAMEWORKS)) {
      const { framework, imported: now } = await importer.importOnce(ctx.system, shippedFrameworkFile(file));
      frameworks[name] = framework.id;
      if (now) imported.push(`${framework.name} ${framework.version}`);
    }
    const orgs = new Map(
      (await db.query<{ id: string; ods: string }[]>(`SELECT id, ods_code AS ods FROM organisation`)).map((o) => [
        o.ods,
        o.id,
      ]),
    );
    const rowsOf = (assessmentId: string) =>
      db.query<Row[]>(
        `SELECT g.requirement_id AS "requirementId", r.reference FROM assurance_rating g
           JOIN assurance_requirement r ON r.id = g.requirement_id WHERE g.assessment_id = $1 ORDER BY r.position`,
        [assessmentId],
      );
    const rate = async (system: Principal, assessmentId: string, notMet: string[], kind: 'EPRR' | 'CAF') => {
      const [full, partial, none] =
        kind === 'EPRR'
          ? [FULLY_COMPLIANT, PARTIALLY_COMPLIANT, NON_COMPLIANT]
          : [ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED];
      const rows = await rowsOf(assessmentId);
      await lifecycle.rateMany(
        system,
        assessmentId,
        rows.map((r) => {
          const at = notMet.indexOf(r.reference);
          return at < 0
            ? { requirementId: r.requirementId, rating: full, evidence: 'Evidence held by the EPRR team (demo)' }
            : {
                requirementId: r.requirementId,
                rating: at === 0 ? none : partial,
                evidence: 'Partly in place (demo)',
                improvement: `Close the gap in ${r.reference} (demo plan)`,
                targetDate: '2026-03-31',
              };
        }),
      );
    };
    const exists = (organisationId: string, frameworkId: string, period: string) =>
      db.manager.existsBy(AssuranceAssessmentEntity, { organisationId, frameworkId, period });
    const raiseActions = async (assessmentId: string, references: string[], fn: TeamFunction) => {
      const ids = await db.query<{ id: string }[]>(
        `SELECT g.id FROM assurance_rating g JOIN assurance_requirement r ON r.id = g.requirement_id
          WHERE g.assessment_id = $1 AND r.reference = ANY($2) ORDER BY r.position`,
        [assessmentId, references],
      );
      for (const { id } of ids) await gaps.raiseAction(ctx.system, { gapId: id, function: fn });
      return ids.length;
    };

    let assessments = 0;
    let actions = 0;
    for (const e of EPRR) {
      const organisationId = orgs.get(e.ods);
      if (!organisationId || (await exists(organisationId, frameworks.eprrSample, LAST_YEAR))) continue;
      const last = await lifecycle.start(ctx.system, {
        organisationId,
        frameworkId: frameworks.eprrSample,
        period: LAST_YEAR,
      });
      await rate(ctx.system, last.id, e.lastYear, 'EPRR');
      for (const move of ['submit', 'confirm', 'publish'] as const)
        await lifecycle[move](ctx.system, { assessmentId: last.id });
      await readHistory(last.id, organisationId);
      const current = await lifecycle.startNext(ctx.system, { previousAssessmentId: last.id, period: THIS_YEAR });
      await rate(ctx.system, current.id, e.thisYear, 'EPRR');
      await lifecycle.submit(ctx.system, { assessmentId: current.id });
      if (e.actions) actions += await raiseActions(current.id, e.actions, TeamFunction.EPRR);
      assessments += 2;
    }
    for (const c of CAF) {
      const organisationId = orgs.get(c.ods);
      if (!organisationId || (await exists(organisationId, frameworks.cafDspt, THIS_YEAR))) continue;
      const dspt = await lifecycle.start(ctx.system, {
        organisationId,
        frameworkId: frameworks.cafDspt,
        period: THIS_YEAR,
      });
      await rate(ctx.system, dspt.id, c.gaps, 'CAF');
      if (c.actions) actions += await raiseActions(dspt.id, c.actions, TeamFunction.DIGITAL);
      assessments++;
    }
    const lines: string[] = [];
    if (imported.length) lines.push(`  demo assurance: frameworks imported (${imported.join('; ')})`);
    if (assessments) lines.push(`  demo assurance: ${assessments} assessments, ${actions} gaps turned into actions`);
    return lines;
  },
};
