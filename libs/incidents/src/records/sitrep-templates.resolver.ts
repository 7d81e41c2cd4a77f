import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '@muster/platform-access';
import { SitRepTemplate } from '../incidents/incident-enums';
import { SITREP_TEMPLATE_NAMES, SITREP_TEMPLATES } from './sitrep-templates';

@ObjectType()
export class SitRepTemplateField {
  @Field({ description: 'The field of SubmitSitRepInput that carries it.' })
  name: string;

  @Field()
  label: string;

  @Field({ description: 'What to write in it.' })
  hint: string;
}

@ObjectType({ description: 'A SitRep template: every one of its fields is required, no other is accepted.' })
export class SitRepTemplateSpec {
  @Field(() => SitRepTemplate)
  template: SitRepTemplate;

  @Field({ description: 'The template in words.' })
  name: string;

  @Field(() => [SitRepTemplateField], { description: 'In the order a SitRep shows them.' })
  fields: SitRepTemplateField[];
}

/** The SitRep templates submitSitRep accepts, so that forms need no copy of them. */
@Resolver()
export class SitRepTemplatesResolver {
  @Query(() => [SitRepTemplateSpec], {
    description: 'The SitRep templates submitSitRep accepts, in the order offered.',
  })
  @Authenticated()
  sitRepTemplates(): SitRepTemplateSpec[] {
    return (Object.keys(SITREP_TEMPLATE_NAMES) as SitRepTemplate[]).map((template) => ({
      template,
      name: SITREP_TEMPLATE_NAMES[template],
      fields: SITREP_TEMPLATES[template].map((f) => ({ name: f.name, label: f.label, hint: f.hint })),
    }));
  }
}
