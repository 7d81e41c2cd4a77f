import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getVariableValues, GraphQLObjectType, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { PUBLIC_FIELD_EXTENSION } from '@muster/platform-access';
import { MAX_PAGE_SIZE } from './pagination';
import { limitError, QueryLimits } from './query-limits';

/** What one mutation field costs before its answer's fields: a transaction with audit writes. */
export const MUTATION_COST = 10;

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  /** Weigh only the root fields anyone may call (`@Public`). */
  publicOnly?: boolean;
}

/**
 * The cost of an operation, computed before it runs by graphql-query-complexity, which
 * evaluates arguments with their variables and defaults (Armor's cost limit reads `first`
 * only when written as a literal). Every field costs 1 plus its selection; a page
 * (`first`) costs its selection once per item it may return (at most the largest page a
 * list serves); a mutation field costs MUTATION_COST plus its answer; introspection and
 * `__typename` are free.
 */
export function operationCost({ schema, document, operationName, variables, publicOnly }: CostInput): number {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
  const free: ComplexityEstimator = ({ field, type }) =>
    field.name.startsWith('__') ||
    (publicOnly && roots.has(type as GraphQLObjectType) && !field.extensions?.[PUBLIC_FIELD_EXTENSION])
      ? 0
      : undefined;
  const page: ComplexityEstimator = ({ args, childComplexity }) =>
    typeof args.first === 'number' ? 1 + Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE) * childComplexity : undefined;
  const mutation: ComplexityEstimator = ({ type, childComplexity }) =>
    type === schema.getMutationType() ? MUTATION_COST + childComplexity : undefined;
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [free, page, mutation, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Refuses, before any resolver runs, an operation costing more than GRAPHQL_MAX_COST, or
 * whose fields anyone may call (sign in, refresh, sign out, server info) cost more than
 * GRAPHQL_MAX_COST_ANONYMOUS: signing in or out once fits, a flood of aliased ones does
 * not. The second ceiling holds whatever headers the request carries: without credentials
 * those fields are all that runs (the access guard refuses the others unrun), and an
 * Authorization header is not verified yet at this point, so a forged one must buy nothing.
 */
export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const variables = request.variables ?? {};
          // Invalid variables: execution refuses them before any resolver; nothing to weigh.
          if (!operation || !variablesAreValid(schema, operation, variables)) return;
          const input = { schema, document, operationName: operation.name?.value, variables };
          refuseAbove(weigh(input), limits.maxCost, 'GRAPHQL_MAX_COST');
          const publicOnly = weigh({ ...input, publicOnly: true });
          refuseAbove(publicOnly, limits.maxAnonymousCost, 'GRAPHQL_MAX_COST_ANONYMOUS', ' in fields anyone may call');
        },
      };
    },
  };
}

function weigh(input: CostInput): number {
  try {
    return operationCost(input);
  } catch {
    // Its node limit: fragments that expand too far to even weigh.
    return Infinity;
  }
}

function refuseAbove(cost: number, max: number, variable: string, scope = ''): void {
  if (cost <= max) return;
  const found = Number.isFinite(cost) ? `costs ${cost}${scope}` : 'is too expensive to weigh';
  throw limitError(`${found}, more than ${max} (limit ${variable})`);
}

function variablesAreValid(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): boolean {
  return !getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 }).errors;
}
