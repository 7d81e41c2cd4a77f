// `npm run test:reliability`: the reliability suite (test/reliability), apart from `npm test`
// (whose testMatch, *.spec.ts, never picks these files up). The transform, path aliases and
// the databases prepared in globalSetup are jest.config.js's own.
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/reliability'],
  testMatch: ['**/*.reliability.ts'],
  // Generous: on a busy machine the 1,000 mutations and three process starts take minutes.
  testTimeout: 300_000,
};
