import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { type GraphqlContext, RequestLoaders, rowsByIds, rowsGroupedByIds } from '@muster/platform-graphql';
import { toRating } from './assessments/assessment.mappers';
import { AssessmentStore } from './assessments/assessment.store';
import { AssessmentGapAction, AssessmentPerson, AssessmentRating } from './assessments/assessment.types';
import { toSectionTree } from './frameworks/framework.mappers';
import { FrameworkStore } from './frameworks/framework.store';
import { AssuranceSection } from './frameworks/framework.types';

/** Assurance's loaders of one request (see RequestLoaders). */
export interface AssuranceRequestLoaders {
  sectionsByFramework: DataLoader<string, AssuranceSection[]>;
  ratingsByAssessment: DataLoader<string, AssessmentRating[]>;
  /** The latest action raised from a gap (its rating's id). */
  actionByGap: DataLoader<string, AssessmentGapAction | null>;
  /** A person a rating names (its owner): the name only. */
  personById: DataLoader<string, AssessmentPerson | null>;
}

/** Assurance's DataLoaders, per request: one statement per nested field (two for sections), whatever the number of parents. */
@Injectable()
export class AssuranceLoaders {
  private readonly loaders = new RequestLoaders(() => this.create());

  constructor(
    private readonly db: DataSource,
    private readonly frameworks: FrameworkStore,
    private readonly assessments: AssessmentStore,
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
      ratingsByAssessment: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.assessments.ratingsOf(m, ids), (r) => r.assessmentId).map((g) =>
          g.map(toRating),
        ),
      ),
      actionByGap: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.assessments.gapActions(m, ids), (r) => r.sourceId).map((g) => {
          const last = g.at(-1);
          return last ? { id: last.id, title: last.title, status: last.status } : null;
        }),
      ),
      personById: new DataLoader(async (ids) => rowsByIds(ids, await this.assessments.people(m, ids), (r) => r.id)),
    };
  }
}
