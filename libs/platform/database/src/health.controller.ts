import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '@muster/platform-access';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { Lifecycle } from './lifecycle';
import { appliedMigrationCount } from './migrate';

export const EXPECTED_MIGRATIONS = Symbol('EXPECTED_MIGRATIONS');

/** Liveness (the process answers) and readiness (database reachable, schema current, not stopping). */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly dataSource: DataSource,
    private readonly lifecycle: Lifecycle,
    @Inject(EXPECTED_MIGRATIONS) private readonly expectedMigrations: number,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    if (this.lifecycle.isShuttingDown) {
      throw new ServiceUnavailableException({
        status: 'error',
        error: { lifecycle: { status: 'down', reason: 'shutting down' } },
      });
    }
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2_000 }), () => this.migrationsApplied()]);
  }

  private async migrationsApplied() {
    const check = this.indicator.check('migrations');
    const applied = await appliedMigrationCount((sql) => this.dataSource.query(sql)).catch(() => -1);
    return applied >= this.expectedMigrations
      ? check.up({ applied })
      : check.down({ applied, expected: this.expectedMigrations });
  }
}
