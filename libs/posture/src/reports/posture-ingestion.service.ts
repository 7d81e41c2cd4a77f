import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { PostureAccess } from '../posture.access';
import { PostureAudit } from '../posture.audit';
import { PostureBreaches } from './posture-breaches';
import { assertDay } from './posture-day';
import { POSTURE_VALUE_KEYS, PostureReportStore, PostureRow, PostureValues } from './posture-report.store';
import { OrganisationPostureInput, ReportPostureInput } from './posture.inputs';
import { PostureIngestion } from './posture.types';

const valuesOf = (r: PostureValues): PostureValues =>
  Object.fromEntries(POSTURE_VALUE_KEYS.map((k) => [k, Number(r[k])])) as unknown as PostureValues;

const sameValues = (a: PostureValues, b: PostureValues) =>
  POSTURE_VALUE_KEYS.every((k) => Number(a[k]) === Number(b[k]));

/**
 * The SOC's API key reports a day of posture for one or every organisation in one call.
 * Idempotent per (organisation, day): the same values again change nothing; other values
 * supersede the row in place (revision + 1), the values before kept in the audit event.
 * Calls for one day are serialised by an advisory lock, so concurrent retries make one row.
 */
@Injectable()
export class PostureIngestionService {
  private readonly patchTargetDays: number;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: PostureReportStore,
    private readonly breaches: PostureBreaches,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'patchTargetDays'>,
  ) {
    this.patchTargetDays = config.patchTargetDays;
  }

  async report(principal: Principal, input: ReportPostureInput): Promise<PostureIngestion> {
    assertDay('day', input.day);
    checkReports(input.reports);
    const ids = input.reports.map((r) => r.organisationId);
    const result: PostureIngestion = {
      day: input.day,
      recorded: 0,
      superseded: 0,
      unchanged: 0,
      breachesRaised: 0,
      patchTargetDays: this.patchTargetDays,
    };
    await this.uow.run(
      async (tx) => {
        result.unchanged = 0;
        const kinds = await this.store.organisationKinds(tx.manager, [...principal.organisationIds, ...ids]);
        const { socId, keyId } = PostureAccess.assertSocKey(principal, (id) => kinds.get(id));
        if (ids.some((id) => !kinds.has(id))) throw DomainError.notFound('Organisation');
        await this.store.lockDay(tx, input.day);
        const existing = new Map(
          (await this.store.ofDay(tx.manager, input.day, ids)).map((r) => [r.organisationId, r]),
        );
        const fresh = input.reports.filter((r) => !existing.has(r.organisationId));
        const changed: { before: PostureRow; values: PostureValues }[] = [];
        for (const r of input.reports) {
          const before = existing.get(r.organisationId);
          if (!before) continue;
          if (sameValues(before, r)) result.unchanged++;
          else changed.push({ before, values: valuesOf(r) });
        }
        if (!fresh.length && !changed.length) return tx.nothingToRecord();
        const written: PostureRow[] = fresh.length
          ? await this.store.insertMany(
              tx,
              input.day,
              keyId,
              fresh.map((r) => ({ organisationId: r.organisationId, ...valuesOf(r) })),
            )
          : [];
        for (const row of written) {
          tx.record({
            action: PostureAudit.reportRecorded,
            organisationId: row.organisationId,
            entityType: 'posture_report',
            entityId: row.id,
            summary: `SOC posture for ${row.day} recorded: ${row.criticalOpen} critical, ${row.highOpen} high open`,
            changes: { after: valuesOf(row) },
          });
        }
        for (const { before, values } of changed) {
          const row = await this.store.supersede(tx, before.id, keyId, values);
          written.push(row);
          tx.record({
            action: PostureAudit.reportSuperseded,
            organisationId: row.organisationId,
            entityType: 'posture_report',
            entityId: row.id,
            summary: `SOC posture for ${row.day} superseded (revision ${row.revision})`,
            changes: { before: valuesOf(before), after: values, revision: row.revision },
          });
        }
        result.recorded = fresh.length;
        result.superseded = changed.length;
        written.sort((a, b) => (a.organisationId < b.organisationId ? -1 : 1));
        for (const row of written) {
          if (await this.breaches.raise(tx, principal, socId, row, this.patchTargetDays)) result.breachesRaised++;
        }
      },
      { actor: principal.actor },
    );
    return result;
  }
}

/** Each organisation once; counts past target within the open counts (named by row). */
function checkReports(reports: readonly OrganisationPostureInput[]): void {
  const seen = new Set<string>();
  reports.forEach((r, i) => {
    if (seen.has(r.organisationId)) throw DomainError.badInput(`reports.${i}.organisationId`, 'is reported twice');
    seen.add(r.organisationId);
    if (r.criticalPastTarget > r.criticalOpen)
      throw DomainError.badInput(`reports.${i}.criticalPastTarget`, 'is more than criticalOpen');
    if (r.highPastTarget > r.highOpen)
      throw DomainError.badInput(`reports.${i}.highPastTarget`, 'is more than highOpen');
  });
}
