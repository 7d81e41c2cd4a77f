import { Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '@muster/platform-access';
import { INCIDENT_CATEGORIES, INCIDENT_CATEGORY_INFO } from '../incident-category';
import { IncidentCategoryInfo } from './incident-category.types';

/** The list of incident categories, in their order, with their groups. */
@Resolver(() => IncidentCategoryInfo)
export class IncidentCategoryResolver {
  @Query(() => [IncidentCategoryInfo], {
    description: 'Every incident category in order: the cyber group first, then the other EPRR hazards.',
  })
  @Authenticated()
  incidentCategories(): IncidentCategoryInfo[] {
    return INCIDENT_CATEGORIES.map((category) => ({ category, ...INCIDENT_CATEGORY_INFO[category] }));
  }
}
