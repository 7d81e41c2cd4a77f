import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { DomainError } from '@muster/platform-core';

/** The limits every operation must keep (GRAPHQL_MAX_* in the configuration). */
export interface QueryLimits {
  /** Fields nested in one another: `{ me { user { id } } }` is 3. */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens of the document, counted while parsing (so a huge document is never parsed whole). */
  maxTokens: number;
  /** See query-cost.plugin.ts. */
  maxCost: number;
  /** The cost ceiling of the fields anyone may call (`@Public`), in any request. */
  maxAnonymousCost: number;
}

/**
 * A refused operation: BAD_USER_INPUT naming the limit and its variable, answered with
 * HTTP 400 before any resolver runs. The DomainError inside is what the error formatter shows.
 */
export function limitError(message: string): GraphQLError {
  return new GraphQLError(message, {
    originalError: DomainError.badInput('query', message),
    extensions: { http: { status: 400 } },
  });
}

/**
 * Depth, alias and directive limits: GraphQL Armor's validation rules (they follow
 * fragments once each, so a fragment cannot hide its aliases). Armor's other protections
 * are not used: its token limit throws from an Apollo hook that runs outside the request's
 * error handling (an INTERNAL_SERVER_ERROR), so graphql-js's own `maxTokens` parse option
 * counts tokens instead; its cost limit reads `first` only when written as a literal (not
 * `$first`, not its default), so query-cost.plugin.ts weighs operations; and suggestions
 * are hidden by hide-schema-details.plugin.ts, which also covers enum and input suggestions.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const refuse = (what: string, variable: string, max: number) => (context: ValidationContext | null) =>
    context?.reportError(limitError(`more than ${max} ${what} (limit ${variable})`));
  const { validationRules } = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [refuse('levels of nested fields', 'GRAPHQL_MAX_DEPTH', limits.maxDepth)],
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [refuse('aliases', 'GRAPHQL_MAX_ALIASES', limits.maxAliases)],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [refuse('directives', 'GRAPHQL_MAX_DIRECTIVES', limits.maxDirectives)],
    },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return validationRules;
}
