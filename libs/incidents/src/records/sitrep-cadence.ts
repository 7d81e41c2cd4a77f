import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { IncidentStatus, SITREP_STATUSES } from '../incidents/incident-enums';

const HOUR_MS = 3_600_000;

/** What the due time is derived from. */
export interface SitRepClock {
  status: IncidentStatus;
  level: number;
  declaredAt: Date | null;
  lastSitRepAt: Date | null;
}

/**
 * How often SitReps are due, by response level (INCIDENT_SITREP_HOURS_LEVEL_1…4; defaults
 * 24, 12, 4 and 4 hours), and when the next one is: the cadence after the latest SitRep,
 * or after the declaration before the first; none unless declared and not stood down.
 */
@Injectable()
export class SitRepCadence {
  private readonly hours: readonly number[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.hours = config.incidents.sitRepCadenceHours;
  }

  hoursAt(level: number): number {
    return this.hours[Math.min(Math.max(level, 1), 4) - 1];
  }

  nextDueAt(incident: SitRepClock): Date | null {
    if (!SITREP_STATUSES.includes(incident.status)) return null;
    const from = incident.lastSitRepAt ?? incident.declaredAt;
    return from ? new Date(from.getTime() + this.hoursAt(incident.level) * HOUR_MS) : null;
  }
}
