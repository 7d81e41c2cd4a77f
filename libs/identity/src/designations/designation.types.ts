import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Designation } from './designation';

@ObjectType({ description: 'A named person holding a designation.' })
export class DesignationHolder {
  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;

  @Field({ description: 'Whether their account is active: an inactive holder does not count for readiness.' })
  active: boolean;

  @Field()
  designatedAt: Date;
}

@ObjectType({ description: 'One designation of an organisation and who holds it (none, one, or a rota).' })
export class OrganisationDesignation {
  @Field(() => ID)
  organisationId: string;

  @Field(() => Designation)
  designation: Designation;

  @Field({ description: 'In words: "Caldicott Guardian".' })
  words: string;

  @Field(() => [DesignationHolder])
  holders: DesignationHolder[];
}
