import nx from '@nx/eslint-plugin';

/**
 * Boundaries in two dimensions: type (app → domain → platform; migrations, tests and
 * tools at the edges) and scope (which domain may use which, downhill only).
 */
const depConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:platform', 'type:migrations'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:platform'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform'] },
  { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:app', 'type:domain', 'type:platform', 'type:migrations'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:app', 'type:domain', 'type:platform', 'type:migrations', 'type:testing'] },
  { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['type:app', 'type:domain', 'type:platform', 'type:migrations', 'type:testing'] },
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform'] },
  { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:identity', 'scope:platform'] },
  { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:notifications', 'scope:identity', 'scope:platform'] },
  {
    sourceTag: 'scope:runbooks',
    onlyDependOnLibsWithTags: ['scope:runbooks', 'scope:notifications', 'scope:identity', 'scope:platform'],
  },
  {
    sourceTag: 'scope:readiness',
    onlyDependOnLibsWithTags: ['scope:readiness', 'scope:runbooks', 'scope:identity', 'scope:platform'],
  },
  {
    sourceTag: 'scope:incidents',
    onlyDependOnLibsWithTags: ['scope:incidents', 'scope:runbooks', 'scope:notifications', 'scope:identity', 'scope:platform'],
  },
];

const NO_FORWARD_REF = { selector: "Identifier[name='forwardRef']", message: 'No forwardRef: a cycle means one of the two modules is wrong.' };

// A domain's data access lives in its stores (`*.store.ts`); see docs/adding-a-domain.md.
const SQL_IN_STORES_ONLY = 'Queries belong in the domain\'s store (*.store.ts): call a store method with tx or tx.manager.';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/tmp', '**/coverage', '**/*.js', '**/*.mjs'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], banTransitiveDependencies: false, depConstraints },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': ['error', NO_FORWARD_REF],
    },
  },
  {
    // Services, resolvers and loaders of a domain hold no SQL: no manager calls, no raw queries.
    files: ['libs/*/src/**/*.service.ts', 'libs/*/src/**/*.resolver.ts', 'libs/*/src/**/*.loaders.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        NO_FORWARD_REF,
        { selector: "CallExpression[callee.property.name=/^(query|createQueryBuilder)$/]", message: SQL_IN_STORES_ONLY },
        { selector: "CallExpression > MemberExpression.callee > MemberExpression.object[property.name='manager']", message: SQL_IN_STORES_ONLY },
        { selector: "CallExpression > MemberExpression.callee > Identifier.object[name='manager']", message: SQL_IN_STORES_ONLY },
      ],
    },
  },
  {
    // The test harness and operational tools build the app (never run its main); nothing else may.
    files: ['test/support/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: ['@muster/api'], banTransitiveDependencies: false, depConstraints },
      ],
    },
  },
  {
    // A library's `testing` entry point (its internals, for tests and benches) is not an API.
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'migrations/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@muster/*/testing'], message: 'Internals for tests and benches: import the library itself.' }] },
      ],
    },
  },
];
