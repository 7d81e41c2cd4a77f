import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@muster/platform-access';
import { Allow, Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { type GraphqlContext } from '@muster/platform-graphql';
import { AssuranceLoaders } from '../assurance.loaders';
import { FrameworkImportService } from './framework-import.service';
import { FrameworkQueriesService } from './framework-queries.service';
import { AssuranceFrameworkIdArgs, AssuranceFrameworksArgs, ImportAssuranceFrameworkInput } from './framework.inputs';
import { AssuranceFramework, AssuranceSection } from './framework.types';

@Resolver(() => AssuranceFramework)
export class FrameworkResolver {
  constructor(
    private readonly queries: FrameworkQueriesService,
    private readonly importer: FrameworkImportService,
    private readonly loaders: AssuranceLoaders,
  ) {}

  @Authenticated()
  @Query(() => [AssuranceFramework], {
    description: 'The imported framework versions (reference data for every signed-in user), by key, newest first.',
  })
  assuranceFrameworks(@Args() { kind }: AssuranceFrameworksArgs): Promise<AssuranceFramework[]> {
    return this.queries.list(kind);
  }

  @Authenticated()
  @Query(() => AssuranceFramework, { description: 'One framework version.' })
  assuranceFramework(@Args() { id }: AssuranceFrameworkIdArgs): Promise<AssuranceFramework> {
    return this.queries.get(id);
  }

  @Allow(Role.SYSTEM_ADMIN)
  @Mutation(() => AssuranceFramework, {
    description:
      'Imports a framework version from its JSON file (system administrators; also `npm run assurance:import -- file`). BAD_USER_INPUT on json names every bad row by its path; the same key and version twice is a CONFLICT.',
  })
  importAssuranceFramework(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ImportAssuranceFrameworkInput,
  ): Promise<AssuranceFramework> {
    return this.importer.import(principal, input.json);
  }

  @ResolveField(() => [AssuranceSection], {
    description: 'Its sections, nested, with their requirements, in file order.',
  })
  sections(@Parent() f: AssuranceFramework, @Context() ctx: GraphqlContext): Promise<AssuranceSection[]> {
    return this.loaders.for(ctx).sectionsByFramework.load(f.id);
  }
}
