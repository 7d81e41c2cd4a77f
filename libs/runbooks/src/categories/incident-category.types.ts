import { Field, ObjectType } from '@nestjs/graphql';
import { IncidentCategory, IncidentCategoryGroup } from '../incident-category';

@ObjectType({ description: 'An incident category, its group (cyber or not) and how Muster names it.' })
export class IncidentCategoryInfo {
  @Field(() => IncidentCategory)
  category: IncidentCategory;

  @Field(() => IncidentCategoryGroup)
  group: IncidentCategoryGroup;

  @Field({ description: 'In words, as readiness names the category.' })
  words: string;
}
