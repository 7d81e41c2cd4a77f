import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DatabaseAvailability } from '@muster/platform-core';

/**
 * Ends an outage as soon as the pool connects again: after the database went away every
 * pooled connection was dropped, so the first new one means it answers once more.
 */
@Injectable()
export class PoolAvailability implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly availability: DatabaseAvailability,
  ) {}

  onApplicationBootstrap(): void {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    pool.on('connect', () => this.availability.answered());
  }
}
