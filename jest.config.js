// One jest run for the whole workspace: unit specs beside the code, GraphQL-over-HTTP
// suites in test/. Databases are prepared once in globalSetup (see test/support).
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper,
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  maxWorkers: 2,
  // Each test file loads the whole app afresh in its own sandbox, and V8 collects that
  // garbage lazily: after ~35 files a worker held 1–1.5 GB, and freeing it when the run
  // ended took longer than the 500 ms jest allows ("A worker process has failed to exit
  // gracefully"; no handle was open). A worker past this much heap after a file is replaced.
  workerIdleMemoryLimit: '384MB',
  testTimeout: 60_000,
  slowTestThreshold: 20,
};
