import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '@muster/platform-config';
import { AppMetrics } from './app-metrics';
import { MetricsController } from './metrics.controller';

/** One `AppMetrics` per application, for every part to record into; `GET /metrics` to read it. */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [
        {
          provide: AppMetrics,
          useValue: new AppMetrics({
            maxOperationNames: config.metrics.maxOperationNames,
            processMetrics: config.env !== 'test',
          }),
        },
      ],
      exports: [AppMetrics],
    };
  }
}
