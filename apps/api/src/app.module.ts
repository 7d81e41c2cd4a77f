import { DynamicModule, Global, Module } from '@nestjs/common';
import { Logger } from 'pino';
import { AccessModule, CredentialStrategies } from '@muster/platform-access';
import { AuditModule } from '@muster/platform-audit';
import { AuditTrailModule } from '@muster/platform-audit-api';
import { AppConfig, ConfigModule } from '@muster/platform-config';
import { Clock, DatabaseAvailability, LOGGER, SystemClock } from '@muster/platform-core';
import { DatabaseModule, HealthModule } from '@muster/platform-database';
import { GraphqlPlatformModule } from '@muster/platform-graphql';
import { MetricsModule } from '@muster/platform-metrics';
import { SchedulerModule } from '@muster/platform-scheduler';
import { IdentityModule } from '@muster/identity';
import { NotificationsModule } from '@muster/notifications';
import { RunbooksModule } from '@muster/runbooks';
import { ReadinessModule } from '@muster/readiness';
import { ExercisesModule } from '@muster/exercises';
import { IncidentsModule } from '@muster/incidents';
import { AssignmentsModule } from '@muster/assignments';
import { GovernanceModule } from '@muster/governance';
import { PostureModule } from '@muster/posture';
import { AssuranceModule } from '@muster/assurance';
import { OnCallModule } from '@muster/oncall';
import { ReportDocumentsModule, ReportingModule } from '@muster/reporting';
import { MIGRATIONS } from '@muster/migrations';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  /** Tests pass a FixedClock; the server uses the system clock. */
  clock?: Clock;
}

@Global()
@Module({})
class CoreModule {
  static forRoot(logger: Logger, clock: Clock): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: Clock, useValue: clock }, { provide: LOGGER, useValue: logger }, DatabaseAvailability],
      exports: [Clock, LOGGER, DatabaseAvailability],
    };
  }
}

/** Wiring only: platform modules first, then one module per domain. */
@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger, clock }: AppModuleOptions): DynamicModule {
    // This application's own: passport's process-wide registry would be shared with any other app in the process.
    const strategies = new CredentialStrategies();
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        MetricsModule.forRoot(config),
        CoreModule.forRoot(logger, clock ?? new SystemClock()),
        DatabaseModule.forRoot({ url: databaseUrl, settings: config.database, logger }),
        HealthModule.forRoot(MIGRATIONS.length),
        AuditModule,
        AccessModule.forRoot(strategies),
        GraphqlPlatformModule.forRoot(config, logger, strategies),
        AuditTrailModule,
        SchedulerModule,
        // Domains, lowest first.
        IdentityModule,
        NotificationsModule,
        RunbooksModule,
        ReadinessModule,
        IncidentsModule,
        ExercisesModule,
        AssignmentsModule,
        GovernanceModule,
        PostureModule,
        AssuranceModule,
        OnCallModule,
        ReportDocumentsModule,
        ReportingModule,
      ],
    };
  }
}
