#!/usr/bin/env node
// Runs a TypeScript entry point without a build step: SWC compiles on load (decorator
// metadata included) and the workspace path aliases come from tsconfig.base.json.
const path = require('node:path');
const root = path.resolve(__dirname, '../..');
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(root, 'tsconfig.base.json');
require('@swc-node/register');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: run-ts.js <file.ts> [args...]');
  process.exit(2);
}
process.argv.splice(1, 1);
require(path.resolve(root, entry));
