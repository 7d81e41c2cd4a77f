import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { type GraphqlContext, RequestLoaders, rowsGroupedByIds } from '@muster/platform-graphql';
import { toSectionTree } from './frameworks/framework.mappers';
import { FrameworkStore } from './frameworks/framework.store';
import { AssuranceSection } from './frameworks/framework.types';

/** Assurance's loaders of one request (see RequestLoaders). */
export interface AssuranceRequestLoaders {
  sectionsByFramework: DataLoader<string, AssuranceSection[]>;
}

/** Assurance's DataLoaders, per request: two statements for the sections of any number of frameworks. */
@Injectable()
export class AssuranceLoaders {
  private readonly loaders = new RequestLoaders(() => this.create());

  constructor(
    private readonly db: DataSource,
    private readonly frameworks: FrameworkStore,
  ) {}

  for(ctx: GraphqlContext): AssuranceRequestLoaders {
    return this.loaders.for(ctx);
  }

  private create(): AssuranceRequestLoaders {
    const m = this.db.manager;
    return {
      sectionsByFramework: new DataLoader(async (ids) => {
        const [sections, requirements] = [
          await this.frameworks.sectionsOf(m, ids),
          await this.frameworks.requirementsOf(m, ids),
        ];
        const bySections = rowsGroupedByIds(ids, sections, (s) => s.frameworkId);
        const byRequirements = rowsGroupedByIds(ids, requirements, (r) => r.frameworkId);
        return ids.map((_, i) => toSectionTree(bySections[i], byRequirements[i]));
      }),
    };
  }
}
