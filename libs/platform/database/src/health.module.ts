import { DynamicModule, Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { EXPECTED_MIGRATIONS, HealthController } from './health.controller';
import { Lifecycle } from './lifecycle';

@Global()
@Module({})
export class HealthModule {
  static forRoot(expectedMigrations: number): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [Lifecycle, { provide: EXPECTED_MIGRATIONS, useValue: expectedMigrations }],
      exports: [Lifecycle],
    };
  }
}
