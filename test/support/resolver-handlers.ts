import { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';

// @nestjs/graphql's own metadata keys (graphql.constants): what @Query/@Mutation/@Subscription set.
export const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

/** A Query/Mutation/Subscription handler of a resolver, for the meta-tests that walk them all. */
export interface RootHandler {
  /** The schema field it answers: `Mutation.approveRunbook`. */
  field: string;
  /** Where it is written: `RunbookMutationsResolver.approveRunbook`. */
  where: string;
  /** The method and its class: what decorators put metadata on. */
  handler: (...args: never[]) => unknown;
  owner: abstract new (...args: never[]) => unknown;
}

type Instance = Record<string, unknown> & { constructor: abstract new (...args: never[]) => unknown };

/** Every provider instance of every module of the running app (resolvers are providers). */
export function providerInstances(app: INestApplication): unknown[] {
  return new DiscoveryService(app.get(ModulesContainer)).getProviders().map((wrapper): unknown => wrapper.instance);
}

/** Every root handler among `instances`. */
export function rootHandlers(instances: unknown[], scanner = new MetadataScanner()): RootHandler[] {
  return instances.flatMap((instance) => {
    if (!instance || typeof instance !== 'object') return [];
    const prototype = Object.getPrototypeOf(instance) as Record<string, RootHandler['handler']>;
    const owner = (instance as Instance).constructor;
    return scanner.getAllMethodNames(prototype).flatMap((method) => {
      const handler = prototype[method];
      const kind = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
      if (!kind || !ROOT_TYPES.includes(kind)) return [];
      const field = `${kind}.${(Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method}`;
      return [{ field, where: `${owner.name}.${method}`, handler, owner }];
    });
  });
}
