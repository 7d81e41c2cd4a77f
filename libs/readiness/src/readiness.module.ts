import { Module } from '@nestjs/common';
import { OptInResolver } from './applicability/opt-in.resolver';
import { OptInStore } from './applicability/opt-in.store';
import { OptInsService } from './applicability/opt-ins.service';
import { ReadinessResolver } from './api/readiness.resolver';
import { ReadinessStore } from './data/readiness.store';
import { ReadinessService } from './readiness.service';

/** Readiness: derived on read from runbooks, people and ICS templates; it stores only organisations' opt-ins to categories. */
@Module({
  providers: [ReadinessStore, ReadinessService, ReadinessResolver, OptInStore, OptInsService, OptInResolver],
  exports: [ReadinessService, OptInsService],
})
export class ReadinessModule {}
