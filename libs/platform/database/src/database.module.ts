import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger } from 'pino';
import { DatabaseSettings, DATABASE_URL } from './database-settings';
import { poolOptions } from './pg-pool-options';
import { PoolAvailability } from './pool-availability';
import { QueryCountingLogger } from './query-counter';
import { UnitOfWork } from './unit-of-work';

export interface DatabaseModuleOptions {
  url: string;
  settings: DatabaseSettings;
  logger: Logger;
}

/**
 * TypeORM on PostgreSQL. Entities are registered by each domain module
 * (`TypeOrmModule.forFeature`); the schema only ever changes through migrations.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot({ url, settings, logger }: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          // Nor any extension: TypeORM would add uuid-ossp for the uuid keys (and warn where it
          // may not), but the migrations default them to the built-in gen_random_uuid(), which
          // TypeORM calls the 'pgcrypto' generator.
          installExtensions: false,
          uuidExtension: 'pgcrypto',
          logging: ['query', 'error', 'warn', 'migration'],
          logger: new QueryCountingLogger(logger),
          maxQueryExecutionTime: 1_000,
          extra: poolOptions(settings),
          // Fail fast: the URL was already checked to be reachable before boot.
          retryAttempts: 1,
        }),
      ],
      providers: [UnitOfWork, PoolAvailability, { provide: DATABASE_URL, useValue: url }],
      exports: [UnitOfWork, DATABASE_URL],
    };
  }
}
