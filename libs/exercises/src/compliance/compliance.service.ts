import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Clock, DomainError } from '@muster/platform-core';
import { OrganisationsService } from '@muster/identity';
import { EXERCISE_TYPE_WORDS, EXERCISE_TYPES } from '../exercises/exercise-enums';
import { ComplianceStore } from './compliance.store';
import { ExerciseCompliance } from './compliance.types';
import { ExerciseIntervals, intervalsFrom, standing } from './exercise-frequency';

/** Exercise compliance per organisation, derived on every read (never stored). */
@Injectable()
export class ExerciseComplianceService {
  private readonly intervals: ExerciseIntervals;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly store: ComplianceStore,
    private readonly organisations: OrganisationsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervals = intervalsFrom(config.exerciseIntervalMonths);
  }

  /** To the organisation's members, system-wide roles and the ICB's EPRR lead; NOT_FOUND to others. */
  async of(principal: Principal, organisationId: string): Promise<ExerciseCompliance> {
    const m = this.db.manager;
    const inSight =
      principal.isSystemWide ||
      principal.organisationIds.includes(organisationId) ||
      (await this.organisations.isIcbEprrLead(principal, m));
    const name = inSight ? await this.store.organisationName(m, organisationId) : null;
    if (name === null) throw DomainError.notFound('Organisation');
    const now = this.clock.now();
    const latest = await this.store.latestByType(m, organisationId);
    return {
      organisationId,
      organisationName: name,
      evaluatedAt: now,
      types: EXERCISE_TYPES.map((type) => {
        const last = latest.find((e) => e.type === type) ?? null;
        const months = this.intervals[type];
        return {
          type,
          words: EXERCISE_TYPE_WORDS[type],
          intervalMonths: months,
          last: last && { kind: last.kind, id: last.id, title: last.title, at: last.at },
          ...standing(last?.at ?? null, months, now),
        };
      }),
    };
  }
}
