/**
 * The style the code was already written in: 120 columns, single quotes, trailing commas
 * everywhere; Prettier's defaults for the rest (semicolons, `(x) =>`, `{ spaced }`).
 * Template literals (SQL, GraphQL documents) are left exactly as written.
 */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  embeddedLanguageFormatting: 'off',
};
