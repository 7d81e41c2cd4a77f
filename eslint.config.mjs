import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { projectGraphRule } from './tools/lint/project-graph-rule.mjs';

/**
 * Boundaries in two dimensions: type (app → domain → platform; migrations, tests and
 * tools at the edges) and scope (which domain may use which, downhill only). Every
 * `type:*` and `scope:*` tag a project.json uses needs its own constraint here
 * (tools/scripts/check-boundaries.ts fails otherwise), and every pair these forbid is
 * probed by that script on each `npm run lint`.
 */
const depConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:platform', 'type:migrations'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:platform'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform'] },
  { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: [] },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: ['type:app', 'type:domain', 'type:platform', 'type:migrations'],
  },
  {
    sourceTag: 'type:e2e',
    onlyDependOnLibsWithTags: ['type:app', 'type:domain', 'type:platform', 'type:migrations', 'type:testing'],
  },
  {
    sourceTag: 'type:tools',
    onlyDependOnLibsWithTags: ['type:app', 'type:domain', 'type:platform', 'type:migrations', 'type:testing'],
  },
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform'] },
  { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:identity', 'scope:platform'] },
  {
    sourceTag: 'scope:notifications',
    onlyDependOnLibsWithTags: ['scope:notifications', 'scope:identity', 'scope:platform'],
  },
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
    onlyDependOnLibsWithTags: [
      'scope:incidents',
      'scope:runbooks',
      'scope:notifications',
      'scope:identity',
      'scope:platform',
    ],
  },
  {
    sourceTag: 'scope:assignments',
    onlyDependOnLibsWithTags: [
      'scope:assignments',
      'scope:incidents',
      'scope:runbooks',
      'scope:notifications',
      'scope:identity',
      'scope:platform',
    ],
  },
  {
    sourceTag: 'scope:governance',
    onlyDependOnLibsWithTags: [
      'scope:governance',
      'scope:incidents',
      'scope:runbooks',
      'scope:notifications',
      'scope:identity',
      'scope:platform',
    ],
  },
  {
    sourceTag: 'scope:exercises',
    onlyDependOnLibsWithTags: [
      'scope:exercises',
      'scope:assignments',
      'scope:incidents',
      'scope:runbooks',
      'scope:notifications',
      'scope:identity',
      'scope:platform',
    ],
  },
  {
    sourceTag: 'scope:posture',
    onlyDependOnLibsWithTags: [
      'scope:posture',
      'scope:assignments',
      'scope:incidents',
      'scope:runbooks',
      'scope:notifications',
      'scope:identity',
      'scope:platform',
    ],
  },
  {
    sourceTag: 'scope:assurance',
    onlyDependOnLibsWithTags: [
      'scope:assurance',
      'scope:assignments',
      'scope:incidents',
      'scope:runbooks',
      'scope:notifications',
      'scope:identity',
      'scope:platform',
    ],
  },
  {
    sourceTag: 'scope:oncall',
    onlyDependOnLibsWithTags: [
      'scope:oncall',
      'scope:posture',
      'scope:governance',
      'scope:assignments',
      'scope:incidents',
      'scope:runbooks',
      'scope:notifications',
      'scope:identity',
      'scope:platform',
    ],
  },
  {
    sourceTag: 'scope:reporting',
    onlyDependOnLibsWithTags: [
      'scope:reporting',
      'scope:posture',
      'scope:assurance',
      'scope:exercises',
      'scope:governance',
      'scope:assignments',
      'scope:incidents',
      'scope:readiness',
      'scope:runbooks',
      'scope:notifications',
      'scope:identity',
      'scope:platform',
    ],
  },
  // The edges. The app wires every domain (a new domain's scope goes in this list); the
  // migrations stand alone; tests and tools may reach any scope, their types permitting.
  {
    sourceTag: 'scope:api',
    onlyDependOnLibsWithTags: [
      'scope:oncall',
      'scope:reporting',
      'scope:assurance',
      'scope:exercises',
      'scope:assignments',
      'scope:governance',
      'scope:posture',
      'scope:incidents',
      'scope:readiness',
      'scope:runbooks',
      'scope:notifications',
      'scope:identity',
      'scope:platform',
      'scope:migrations',
    ],
  },
  { sourceTag: 'scope:migrations', onlyDependOnLibsWithTags: [] },
  // The web console runs in the browser: it talks to the API over HTTP only, never imports it.
  { sourceTag: 'scope:console', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:*'] },
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:*'] },
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:*'] },
];

/** TypeScript everywhere, and the console's React components and Vite config. */
const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts'];

const NO_FORWARD_REF = {
  selector: "Identifier[name='forwardRef']",
  message: 'No forwardRef: a cycle means one of the two modules is wrong.',
};

// A domain's data access lives in its stores (`*.store.ts`); see docs/adding-a-domain.md.
const SQL_IN_STORES_ONLY =
  "Queries belong in the domain's store (*.store.ts): call a store method with tx or tx.manager.";

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.data',
      '**/tmp',
      '**/coverage',
      '**/*.js',
      '**/*.mjs',
      // Written by GraphQL Code Generator (npm run console:codegen) and compared by test/console/codegen.spec.ts.
      'apps/console/src/generated/**',
      'test-output/**',
    ],
  },
  // Type-aware rules (no-floating-promises, no-misused-promises, no-unsafe-*, await-thenable, …) on top
  // of Nx's syntactic set; one TypeScript program from tsconfig.json serves every file.
  ...tseslint.configs.recommendedTypeCheckedOnly.map((config) => ({ ...config, files: TS_FILES })),
  {
    files: TS_FILES,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Off on purpose: callbacks of `uow.run`, Apollo plugin hooks and resolvers implement
      // Promise-returning contracts; `async` keeps a synchronous throw a rejection (and so a
      // rollback) even when the body has nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: TS_FILES,
    plugins: { muster: { rules: { 'project-graph': projectGraphRule } } },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], banTransitiveDependencies: false, depConstraints },
      ],
      // Without a current project graph the rule above passes everything: make that an error.
      'muster/project-graph': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
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
        {
          selector: 'CallExpression[callee.property.name=/^(query|createQueryBuilder)$/]',
          message: SQL_IN_STORES_ONLY,
        },
        {
          selector: "CallExpression > MemberExpression.callee > MemberExpression.object[property.name='manager']",
          message: SQL_IN_STORES_ONLY,
        },
        {
          selector: "CallExpression > MemberExpression.callee > Identifier.object[name='manager']",
          message: SQL_IN_STORES_ONLY,
        },
      ],
    },
  },
  {
    // The test harness and operational tools build the app (never run its main); nothing else may.
    files: ['test/support/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: ['@muster/api'],
          banTransitiveDependencies: false,
          depConstraints,
        },
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
        {
          patterns: [
            { group: ['@muster/*/testing'], message: 'Internals for tests and benches: import the library itself.' },
          ],
        },
      ],
    },
  },
];
