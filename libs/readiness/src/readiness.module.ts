import { Module } from '@nestjs/common';
import { ReadinessRepository } from './readiness.repository';
import { ReadinessResolver } from './readiness.resolver';
import { ReadinessService } from './readiness.service';

/** Readiness: derived on read from runbooks, people and ICS templates; it stores nothing. */
@Module({
  providers: [ReadinessRepository, ReadinessService, ReadinessResolver],
  exports: [ReadinessService],
})
export class ReadinessModule {}
