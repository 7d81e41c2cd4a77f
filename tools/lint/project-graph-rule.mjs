import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { readCachedProjectGraph, workspaceRoot } from '@nx/devkit';

/**
 * `@nx/enforce-module-boundaries` reads the project graph Nx cached in .nx/workspace-data.
 * Without one it prints a single "warning … The rule will be skipped" line and passes every
 * file; with a stale one it passes the files of any project the graph does not know, and
 * judges the others by their old tags. This rule turns each of those into a lint error on
 * the file, so `eslint` run by hand, by an editor or in CI never passes without the rule.
 * `npm run lint` computes the graph first (`nx show projects`).
 */
const HOW = 'compute it with `npx nx show projects` (`npm run lint` does)';

let graph; // undefined: not read yet; null: there is none
const verdicts = new Map(); // project.json path → problem or ''

function cachedGraph() {
  if (graph === undefined) {
    try {
      graph = readCachedProjectGraph();
    } catch {
      graph = null;
    }
  }
  return graph;
}

function nearestProjectJson(dir) {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'project.json'))) return join(at, 'project.json');
    if (at === workspaceRoot || dirname(at) === at) return null;
  }
}

function problemOf(projectJson) {
  const known = cachedGraph();
  if (!known) return `there is no Nx project graph: ${HOW}`;
  const root = relative(workspaceRoot, dirname(projectJson)).split(sep).join('/') || '.';
  const node = Object.values(known.nodes).find((n) => n.data.root === root);
  if (!node) return `project ${root} is not in the Nx project graph (it is stale): ${HOW}`;
  const tags = JSON.parse(readFileSync(projectJson, 'utf8')).tags ?? [];
  const graphTags = node.data.tags ?? [];
  if ([...tags].sort().join() !== [...graphTags].sort().join()) {
    return `the tags of ${root} changed since the Nx project graph was computed: ${HOW}`;
  }
  return '';
}

export const projectGraphRule = {
  meta: {
    type: 'problem',
    docs: { description: 'The Nx project graph that @nx/enforce-module-boundaries needs is there and current.' },
    schema: [],
    messages: {
      noProject:
        '@nx/enforce-module-boundaries cannot check this file: it belongs to no project (no project.json above it).',
      unchecked: '@nx/enforce-module-boundaries cannot check this file: {{problem}}.',
    },
  },
  create(context) {
    const projectJson = nearestProjectJson(dirname(context.filename));
    if (!projectJson) return { Program: (node) => context.report({ node, messageId: 'noProject' }) };
    if (!verdicts.has(projectJson)) verdicts.set(projectJson, problemOf(projectJson));
    const problem = verdicts.get(projectJson);
    return problem ? { Program: (node) => context.report({ node, messageId: 'unchecked', data: { problem } }) } : {};
  },
};
