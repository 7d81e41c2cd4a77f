import { SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_METADATA, Authenticated } from '@muster/platform-access';
import { startTestApp, TestApp } from '@muster/testing';

// @nestjs/graphql's own metadata keys (graphql.constants): what @Query/@Mutation/@Subscription set.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

interface RootHandler {
  field: string;
  where: string;
  guarded: boolean;
}

type Instance = Record<string, unknown> & { constructor: abstract new (...args: never[]) => unknown };

/** Every Query/Mutation/Subscription handler among `instances`, and whether it carries an access rule. */
function rootHandlers(instances: unknown[], scanner: MetadataScanner, reflector: Reflector): RootHandler[] {
  return instances.flatMap((instance) => {
    if (!instance || typeof instance !== 'object') return [];
    const prototype = Object.getPrototypeOf(instance);
    const owner = (instance as Instance).constructor;
    return scanner.getAllMethodNames(prototype).flatMap((method) => {
      const handler = prototype[method];
      const kind = Reflect.getMetadata(RESOLVER_TYPE, handler);
      if (!ROOT_TYPES.includes(kind)) return [];
      const rule = reflector.getAllAndOverride(ACCESS_METADATA, [handler, owner]);
      return [{ field: `${kind}.${Reflect.getMetadata(RESOLVER_NAME, handler) ?? method}`, where: `${owner.name}.${method}`, guarded: Boolean(rule) }];
    });
  });
}

describe('deny by default: every Query and Mutation resolver declares who may call it', () => {
  let t: TestApp;
  let handlers: RootHandler[];

  beforeAll(async () => {
    t = await startTestApp();
    // Every provider of every module of the running app (resolvers are providers).
    const instances = new DiscoveryService(t.app.get(ModulesContainer)).getProviders().map((wrapper) => wrapper.instance);
    handlers = rootHandlers(instances, new MetadataScanner(), new Reflector());
  });
  afterAll(() => t.close());

  it('finds no resolver without @Public, @Authenticated or @Allow', () => {
    expect(handlers.filter((h) => !h.guarded).map((h) => h.where)).toEqual([]);
  });

  it('has looked at every root field of the schema (nothing escaped the walk)', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
    );
    expect(fields.length).toBeGreaterThan(10);
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
    }
    for (const method of ['forgotten', 'remembered'] as const) {
      const descriptor = Object.getOwnPropertyDescriptor(ProbeResolver.prototype, method) as PropertyDescriptor;
      SetMetadata(RESOLVER_TYPE, 'Query')(ProbeResolver.prototype, method, descriptor);
    }
    const found = rootHandlers([new ProbeResolver()], new MetadataScanner(), new Reflector());
    expect(found.filter((h) => !h.guarded).map((h) => h.where)).toEqual(['ProbeResolver.forgotten']);
  });
});
