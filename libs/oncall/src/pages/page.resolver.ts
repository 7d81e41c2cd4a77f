import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Allow, Authenticated, CredentialStrategies, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Connection, type GraphqlContext, LiveEvents } from '@muster/platform-graphql';
import { PAGERS } from '../oncall.access';
import { LivePage, pageTopic } from './page-live';
import { PageStream } from './page-stream';
import { AcknowledgePageInput, Page, PageConnection, PageOnCallInput, PagesArgs } from './page.types';
import { PagesService } from './pages.service';

@Resolver(() => Page)
export class PageResolver {
  constructor(
    private readonly service: PagesService,
    private readonly live: LiveEvents,
    private readonly credentials: CredentialStrategies,
  ) {}

  @Query(() => PageConnection, { description: 'Pages you may see, newest first.' })
  @Authenticated()
  pages(@CurrentPrincipal() principal: Principal, @Args() args: PagesArgs): Promise<Connection<Page>> {
    return this.service.pages(principal, args);
  }

  @Mutation(() => Page, { description: "Pages an organisation's on-call for a duty, escalating by its policy." })
  @Allow(...PAGERS, Role.SYSTEM_ADMIN)
  pageOnCall(@CurrentPrincipal() principal: Principal, @Args('input') input: PageOnCallInput): Promise<Page> {
    return this.service.pageOnCall(principal, input);
  }

  @Mutation(() => Page, { description: 'Acknowledges a page you were paged by: it stops escalating.' })
  @Authenticated()
  acknowledgePage(@CurrentPrincipal() principal: Principal, @Args('input') input: AcknowledgePageInput): Promise<Page> {
    return this.service.acknowledge(principal, input);
  }

  @Authenticated()
  @Subscription(() => Page, {
    description: 'Pages that page you, as they do (graphql-ws on /graphql; credentials in connection_init).',
    resolve: (event: LivePage | typeof PageStream.ENDED) => {
      if (event === PageStream.ENDED)
        throw DomainError.unauthenticated('Your session has ended: sign in again and subscribe again');
      return event.page;
    },
  })
  pageRaised(@CurrentPrincipal() principal: Principal, @Context() ctx: GraphqlContext): AsyncIterableIterator<unknown> {
    const userId = principal.userId;
    if (!userId) throw DomainError.forbidden('Pages go to people, not API keys');
    const stillValid = async () => (await this.credentials.recheck(ctx.req))?.userId === userId;
    return new PageStream(this.live.listen<LivePage>(pageTopic(userId)), userId, stillValid);
  }
}
