import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError } from '@muster/platform-core';

const SUGGESTION = / ?Did you mean [^?]*\?/g;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;
const NAME = /[_A-Za-z][_0-9A-Za-z]*/g;

/**
 * With introspection off (production), an error must not teach the schema either: graphql-js
 * suggests field, argument, type and enum names ("Did you mean …?") and names types, fields
 * and arguments the caller never wrote ("Field "x" of required type "Y!" was not provided").
 * This removes every suggestion and replaces every quoted name the request itself does not
 * contain (in its query text or variables) by "[hidden]". Our own DomainError messages are
 * written for callers and left alone.
 */
export function hideSchemaDetailsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, source, request }) {
          const graphqlErrors = errors.filter((error) => !(error.originalError instanceof DomainError));
          // Built only when needed: a refused document can be large.
          if (!graphqlErrors.length) return;
          const sent = new Set(`${source ?? ''} ${JSON.stringify(request.variables ?? {})}`.match(NAME) ?? []);
          for (const error of graphqlErrors) error.message = hideSchemaDetails(error.message, sent);
        },
      };
    },
  };
}

/** `message` with suggestions removed and names the caller did not send hidden. */
export function hideSchemaDetails(message: string, sent: ReadonlySet<string>): string {
  return message
    .replace(SUGGESTION, '')
    .replace(QUOTED, (quoted, text: string) =>
      (text.match(NAME) ?? []).every((name) => sent.has(name)) ? quoted : '"[hidden]"',
    );
}
