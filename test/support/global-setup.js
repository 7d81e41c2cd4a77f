// Jest runs globalSetup outside the test sandbox, where its moduleNameMapper does not
// apply: resolve the workspace path aliases at run time, then load the TypeScript setup
// (jest itself compiles it).
const path = require('node:path');
const { register } = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');
register({ baseUrl: path.join(__dirname, '../..'), paths: compilerOptions.paths });
module.exports = require('./global-setup.ts').default;
