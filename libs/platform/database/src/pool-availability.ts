import { Injectable, OnApplicationBootstrap, Optional } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DatabaseAvailability } from '@muster/platform-core';
import { AppMetrics } from '@muster/platform-metrics';

/**
 * Ends an outage as soon as the pool connects again: after the database went away every
 * pooled connection was dropped, so the first new one means it answers once more. Also
 * reports the pool's connections to /metrics.
 */
@Injectable()
export class PoolAvailability implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly availability: DatabaseAvailability,
    @Optional() private readonly metrics?: AppMetrics,
  ) {}

  onApplicationBootstrap(): void {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    pool.on('connect', () => this.availability.answered());
    this.metrics?.gaugeAtScrape(
      'muster_db_pool_connections',
      "The database pool's connections: in use, idle, and requests waiting for one.",
      ['state'],
      () => ({
        in_use: pool.totalCount - pool.idleCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      }),
      'state',
    );
  }
}
