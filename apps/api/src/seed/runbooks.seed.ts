import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import {
  addMonths,
  copyTemplateSteps,
  ICS_TEMPLATES,
  IcsTemplateSpec,
  latestTemplateVersion,
  RunbookEntity,
  RunbookStatus,
  RunbookAudit,
  RunbookStepEntity,
  RunbookVersionEntity,
  RunbookVersionStep,
  requiredRoles,
  snapshotSteps,
  StepClockAnchor,
  templateSteps,
} from '@muster/runbooks';
import {
  ADOPTION_HISTORY,
  AdoptionState,
  RUNBOOK_ADOPTIONS,
  TEMPLATE_PUBLISHER_ODS,
  templateVersionAge,
} from './data/runbook-adoptions';
import { SeedSection } from './seed-section';

interface DemoOrg {
  id: string;
  odsCode: string;
  eprrLead: string | null;
  orgAdmin: string | null;
}

/** A version to publish in the story: its steps, when, by whom. */
interface HistoricVersion {
  steps: RunbookStepEntity[];
  approvedAt: Date;
  basedOnTemplateVersion: number | null;
}

interface HistoricRunbook {
  runbook: Pick<
    RunbookEntity,
    'id' | 'organisationId' | 'title' | 'description' | 'categories' | 'isTemplate' | 'reviewIntervalMonths'
  > &
    Partial<Pick<RunbookEntity, 'templateRunbookId' | 'adoptedTemplateVersion'>>;
  org: DemoOrg;
  createdAt: Date;
  workingCopy: RunbookStepEntity[];
  versions: HistoricVersion[];
  final: RunbookStatus;
  /** Submitted for review at this time (IN_REVIEW only). */
  submittedAt?: Date;
  summary: string;
}

const DAY_MS = 86_400_000;

/** `months` (fractions as 30-day parts) before `now`. */
function monthsAgo(now: Date, months: number): Date {
  const whole = Math.floor(months);
  return new Date(addMonths(now, -whole).getTime() - Math.round((months - whole) * 30) * DAY_MS);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Step rows for a template version; ids come from `idOf` so they stay the same across versions. */
function templateStepRows(
  spec: IcsTemplateSpec,
  version: number,
  runbookId: string,
  idOf: Map<string, string>,
): RunbookStepEntity[] {
  return templateSteps(spec, version).map((s, i) => ({
    id: idOf.get(s.key) as string,
    runbookId,
    position: i + 1,
    title: s.title,
    function: s.function ?? null,
    responsibleRole: s.role ?? null,
    designation: s.designation ?? null,
    instructions: s.instructions,
    targetMinutes: s.minutes,
    clockAnchor: s.anchor ?? StepClockAnchor.DECLARATION,
    mandatory: s.mandatory ?? true,
    dependsOn: (s.after ?? []).map((k) => idOf.get(k) as string),
    templateStepId: null,
  }));
}

/**
 * Demo runbooks: the ICB's ICS templates and each organisation's adoptions with a past
 * (approved months ago, some past review, some behind the template), written as imported
 * history — one audited `runbook.imported` event per runbook — since the services only
 * ever act at the present time. Idempotent: templates are found by title, adoptions by
 * organisation and template.
 */
export const runbooksSeed: SeedSection = {
  name: 'demo runbooks',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const uow = ctx.app.get(UnitOfWork);
    const now = ctx.app.get(Clock).now();
    const orgs = await demoOrganisations(db);
    const icb = orgs.get(TEMPLATE_PUBLISHER_ODS);
    if (!icb) return [];
    let created = 0;
    const templates = new Map<string, { id: string; versions: RunbookVersionEntity[] }>();
    for (const spec of ICS_TEMPLATES) {
      let id = await findTemplate(db, icb.id, spec.title);
      if (!id) {
        id = await uow.run((tx) => writeHistory(tx, templateHistory(spec, icb, now)));
        created++;
      }
      templates.set(spec.key, {
        id,
        versions: await db.manager.find(RunbookVersionEntity, {
          where: { runbookId: id },
          order: { versionNumber: 'ASC' },
        }),
      });
    }
    for (const [ods, plan] of Object.entries(RUNBOOK_ADOPTIONS)) {
      const org = orgs.get(ods);
      if (!org) continue;
      for (const spec of ICS_TEMPLATES.filter((s) => plan[s.key])) {
        const template = templates.get(spec.key) as { id: string; versions: RunbookVersionEntity[] };
        if (await db.manager.existsBy(RunbookEntity, { organisationId: org.id, templateRunbookId: template.id }))
          continue;
        await uow.run((tx) => writeHistory(tx, adoptionHistory(spec, template.versions, org, plan[spec.key], now)));
        created++;
      }
    }
    return created
      ? [`  demo runbooks: ${ICS_TEMPLATES.length} ICS templates and their adoptions (${created} runbooks created now)`]
      : [];
  },
};

async function demoOrganisations(db: DataSource): Promise<Map<string, DemoOrg>> {
  const rows: DemoOrg[] = await db.query(
    `SELECT o.id, o.ods_code AS "odsCode",
       (SELECT m.user_id FROM membership m WHERE m.organisation_id = o.id AND m.role = 'EPRR_LEAD' ORDER BY m.granted_at LIMIT 1) AS "eprrLead",
       (SELECT m.user_id FROM membership m WHERE m.organisation_id = o.id AND m.role = 'ORG_ADMIN' ORDER BY m.granted_at LIMIT 1) AS "orgAdmin"
     FROM organisation o WHERE o.ods_code = ANY($1)`,
    [[TEMPLATE_PUBLISHER_ODS, ...Object.keys(RUNBOOK_ADOPTIONS)]],
  );
  return new Map(rows.map((r) => [r.odsCode, r]));
}

async function findTemplate(db: DataSource, icbId: string, title: string): Promise<string | null> {
  const found = await db.manager.findOne(RunbookEntity, {
    select: { id: true },
    where: { organisationId: icbId, isTemplate: true, title },
  });
  return found?.id ?? null;
}

function templateHistory(spec: IcsTemplateSpec, icb: DemoOrg, now: Date): HistoricRunbook {
  const id = randomUUID();
  const idOf = new Map([...templateSteps(spec, 2)].map((s) => [s.key, randomUUID()]));
  const numbers = Array.from({ length: latestTemplateVersion(spec) }, (_, i) => i + 1);
  const versions = numbers.map((n) => ({
    steps: templateStepRows(spec, n, id, idOf),
    approvedAt: monthsAgo(now, templateVersionAge(spec.key, numbers.length, n)),
    basedOnTemplateVersion: null,
  }));
  return {
    runbook: {
      id,
      organisationId: icb.id,
      title: spec.title,
      description: spec.description,
      categories: spec.categories,
      isTemplate: true,
      reviewIntervalMonths: spec.reviewIntervalMonths,
    },
    org: icb,
    createdAt: monthsAgo(now, templateVersionAge(spec.key, numbers.length, 1) + 1),
    workingCopy: versions[versions.length - 1].steps,
    versions,
    final: RunbookStatus.APPROVED,
    summary: `Demo history: ICS template '${spec.title}' imported, ${versions.map((v, i) => `version ${i + 1} approved ${isoDay(v.approvedAt)}`).join(', ')}`,
  };
}

function adoptionHistory(
  spec: IcsTemplateSpec,
  templateVersions: RunbookVersionEntity[],
  org: DemoOrg,
  state: AdoptionState,
  now: Date,
): HistoricRunbook {
  const history = ADOPTION_HISTORY[state];
  const source =
    history.templateVersion === 'first' ? templateVersions[0] : templateVersions[templateVersions.length - 1];
  const id = randomUUID();
  const workingCopy = copyTemplateSteps(source.steps, id);
  const approvedAt = history.approvedMonthsAgo === null ? null : monthsAgo(now, history.approvedMonthsAgo);
  const final = {
    current: RunbookStatus.APPROVED,
    overdue: RunbookStatus.APPROVED,
    behind: RunbookStatus.APPROVED,
    draft: RunbookStatus.DRAFT,
    inReview: RunbookStatus.IN_REVIEW,
    revising: RunbookStatus.DRAFT,
  }[state];
  return {
    runbook: {
      id,
      organisationId: org.id,
      title: spec.title,
      description: spec.description,
      categories: spec.categories,
      isTemplate: false,
      reviewIntervalMonths: 12,
      templateRunbookId: source.runbookId,
      adoptedTemplateVersion: source.versionNumber,
    },
    org,
    createdAt: monthsAgo(now, history.adoptedMonthsAgo),
    workingCopy,
    versions: approvedAt ? [{ steps: workingCopy, approvedAt, basedOnTemplateVersion: source.versionNumber }] : [],
    final,
    submittedAt: state === 'inReview' ? monthsAgo(now, 0.25) : undefined,
    summary:
      `Demo history: '${spec.title}' adopted from ICS template version ${source.versionNumber}` +
      (approvedAt ? `, version 1 approved ${isoDay(approvedAt)}` : '') +
      (final !== RunbookStatus.APPROVED ? `, now ${final}` : ''),
  };
}

/** Writes a runbook, its working copy and its published versions as they would have been. */
async function writeHistory(tx: Transaction, h: HistoricRunbook): Promise<string> {
  const { org } = h;
  await tx.manager.insert(RunbookEntity, {
    ...h.runbook,
    status: RunbookStatus.DRAFT,
    ownerUserId: org.eprrLead,
    createdBy: org.eprrLead,
    latestVersionNumber: 0,
    createdAt: h.createdAt,
    updatedAt: h.createdAt,
    version: 1,
  });
  await tx.manager.createQueryBuilder().insert().into(RunbookStepEntity).values(h.workingCopy).execute();
  let current: RunbookVersionEntity | null = null;
  for (const [i, v] of h.versions.entries()) {
    const steps: RunbookVersionStep[] = snapshotSteps(v.steps);
    current = {
      id: randomUUID(),
      runbookId: h.runbook.id,
      organisationId: org.id,
      versionNumber: i + 1,
      title: h.runbook.title,
      description: h.runbook.description,
      categories: h.runbook.categories,
      steps,
      stepCount: steps.length,
      requiredRoles: requiredRoles(steps),
      reviewIntervalMonths: h.runbook.reviewIntervalMonths,
      submittedBy: org.orgAdmin,
      submittedAt: new Date(v.approvedAt.getTime() - 3 * DAY_MS),
      approvedBy: org.eprrLead,
      approvedAt: v.approvedAt,
      basedOnTemplateVersion: v.basedOnTemplateVersion,
    };
    await tx.manager.insert(RunbookVersionEntity, current);
  }
  await tx.manager.update(
    RunbookEntity,
    { id: h.runbook.id },
    {
      status: h.final,
      currentVersionId: current?.id ?? null,
      latestVersionNumber: current?.versionNumber ?? 0,
      nextReviewAt: current ? addMonths(current.approvedAt, h.runbook.reviewIntervalMonths) : null,
      // Approving a version is its review: the approver last reviewed it then.
      lastReviewedAt: current?.approvedAt ?? null,
      lastReviewedBy: current?.approvedBy ?? null,
      submittedBy: h.submittedAt ? org.orgAdmin : null,
      submittedAt: h.submittedAt ?? null,
      updatedAt: h.submittedAt ?? current?.approvedAt ?? h.createdAt,
    },
  );
  tx.record({
    action: RunbookAudit.imported,
    organisationId: org.id,
    entityType: 'runbook',
    entityId: h.runbook.id,
    summary: h.summary,
    changes: {
      after: {
        status: h.final,
        versions: h.versions.map((v, i) => ({ number: i + 1, approvedAt: v.approvedAt })),
        templateVersion: h.runbook.adoptedTemplateVersion ?? null,
      },
    },
  });
  return h.runbook.id;
}
