import { SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_METADATA, Authenticated } from '@muster/platform-access';
import {
  providerInstances,
  RESOLVER_TYPE,
  rootHandlers as allRootHandlers,
  startTestApp,
  TestApp,
} from '@muster/testing';

interface RootHandler {
  field: string;
  where: string;
  guarded: boolean;
}

/** Every Query/Mutation/Subscription handler among `instances`, and whether it carries an access rule. */
function rootHandlers(instances: unknown[], reflector: Reflector): RootHandler[] {
  return allRootHandlers(instances).map(({ field, where, handler, owner }) => ({
    field,
    where,
    guarded: Boolean(reflector.getAllAndOverride(ACCESS_METADATA, [handler, owner])),
  }));
}

describe('deny by default: every Query, Mutation and Subscription resolver declares who may call it', () => {
  let t: TestApp;
  let handlers: RootHandler[];

  beforeAll(async () => {
    t = await startTestApp();
    handlers = rootHandlers(providerInstances(t.app), new Reflector());
  });
  afterAll(() => t.close());

  it('finds no resolver without @Public, @Authenticated or @Allow', () => {
    expect(handlers.filter((h) => !h.guarded).map((h) => h.where)).toEqual([]);
  });

  it('has looked at every root field of the schema, subscriptions included (nothing escaped the walk)', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
    );
    expect(fields.length).toBeGreaterThan(10);
    expect(fields).toContain('Subscription.notificationReceived');
    expect(fields.filter((f) => !handlers.some((h) => h.field === f))).toEqual([]);
  });

  it('would catch a resolver that forgot its access rule', () => {
    class ProbeResolver {
      forgotten(): string {
        return 'secret';
      }
      @Authenticated()
      remembered(): string {
        return 'fine';
      }
      forgottenStream(): string {
        return 'live secrets';
      }
    }
    const kinds = { forgotten: 'Query', remembered: 'Query', forgottenStream: 'Subscription' } as const;
    for (const [method, kind] of Object.entries(kinds)) {
      const descriptor = Object.getOwnPropertyDescriptor(ProbeResolver.prototype, method) as PropertyDescriptor;
      SetMetadata(RESOLVER_TYPE, kind)(ProbeResolver.prototype, method, descriptor);
    }
    const found = rootHandlers([new ProbeResolver()], new Reflector());
    expect(found.filter((h) => !h.guarded).map((h) => h.where)).toEqual([
      'ProbeResolver.forgotten',
      'ProbeResolver.forgottenStream',
    ]);
  });
});
