import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed schema.graphql (`npm run console:codegen`). The
 * output is checked in; test/console/codegen.spec.ts generates it afresh into a temporary
 * folder (CONSOLE_CODEGEN_OUT) and fails when the committed files differ.
 */
const out = process.env.CONSOLE_CODEGEN_OUT ?? 'apps/console/src/generated/';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: [
    'apps/console/src/**/*.{ts,tsx}',
    '!apps/console/src/generated/**',
    '!apps/console/src/**/*.test.{ts,tsx}',
  ],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        avoidOptionals: false,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
