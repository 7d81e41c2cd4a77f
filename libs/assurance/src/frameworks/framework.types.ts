import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationKind } from '@muster/identity';
import { FrameworkKind } from './framework-kind';

@ObjectType('AssuranceRequirement', {
  description: 'A requirement of a framework version: an EPRR core standard, or a CAF contributing outcome.',
})
export class AssuranceRequirement {
  @Field(() => ID)
  id: string;

  @Field({ description: "The requirement's reference in its framework version (e.g. GOV-01, B4.d)." })
  reference: string;

  @Field()
  title: string;

  @Field()
  text: string;

  @Field(() => [OrganisationKind], { description: 'The organisation kinds it applies to; empty: every kind.' })
  appliesTo: OrganisationKind[];
}

@ObjectType('AssuranceSection', {
  description: 'A section of a framework version: an EPRR domain, a CAF objective or principle.',
})
export class AssuranceSection {
  @Field(() => ID)
  id: string;

  @Field()
  reference: string;

  @Field()
  name: string;

  @Field({
    description:
      "The year's deep dive: its questions are rated like the rest and reported apart; they never count towards the band.",
  })
  deepDive: boolean;

  @Field(() => [AssuranceSection], { description: 'Nested sections (a CAF objective’s principles), in file order.' })
  sections: AssuranceSection[];

  @Field(() => [AssuranceRequirement], { description: 'Its requirements, in file order.' })
  requirements: AssuranceRequirement[];
}

@ObjectType('AssuranceFramework', {
  description: 'A framework version imported as data (never changed: a correction is a new version).',
})
export class AssuranceFramework {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Names the framework across its versions (e.g. eprr-core-standards).' })
  key: string;

  @Field()
  name: string;

  @Field()
  version: string;

  @Field(() => FrameworkKind)
  kind: FrameworkKind;

  @Field({ description: 'Where the content comes from (e.g. the NCSC CAF version its outcome ids belong to).' })
  source: string;

  @Field()
  description: string;

  @Field()
  importedAt: Date;

  @Field(() => Int)
  requirementCount: number;
}
