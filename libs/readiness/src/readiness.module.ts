import { Module } from '@nestjs/common';
import { ReadinessResolver } from './api/readiness.resolver';
import { ReadinessStore } from './data/readiness.store';
import { ReadinessService } from './readiness.service';

/** Readiness: derived on read from runbooks, people and ICS templates; it stores nothing. */
@Module({
  providers: [ReadinessStore, ReadinessService, ReadinessResolver],
  exports: [ReadinessService],
})
export class ReadinessModule {}
