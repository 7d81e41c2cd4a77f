import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssuranceLoaders } from './assurance.loaders';
import { ASSURANCE_ENTITIES } from './assurance.entities';
import { FrameworkImportService } from './frameworks/framework-import.service';
import { FrameworkQueriesService } from './frameworks/framework-queries.service';
import { FrameworkResolver } from './frameworks/framework.resolver';
import { FrameworkStore } from './frameworks/framework.store';

/**
 * Assurance: frameworks (EPRR core standards, the CAF-aligned DSPT) imported as versioned
 * data, and the rules that rate against them (bands, CAF roll-up).
 */
@Module({
  imports: [TypeOrmModule.forFeature([...ASSURANCE_ENTITIES])],
  providers: [FrameworkStore, FrameworkImportService, FrameworkQueriesService, AssuranceLoaders, FrameworkResolver],
  exports: [FrameworkImportService],
})
export class AssuranceModule {}
