import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createLogger, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The build goes beside the API's (dist/console); tests build into their own folder. */
const outDir = process.env.MUSTER_CONSOLE_OUT_DIR ?? resolve(root, '../../dist/console');
const nhsukImages = resolve(root, '../../node_modules/nhsuk-frontend/dist/nhsuk/assets/images');

/**
 * The NHS.UK stylesheet refers to its icons at /assets/images/…: served from the package in
 * development and copied into the build, so nothing is fetched from a CDN.
 */
function nhsukAssets(): Plugin {
  return {
    name: 'muster-nhsuk-assets',
    configureServer(server) {
      server.middlewares.use('/assets/images', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0];
        if (!/^[\w.-]+$/.test(name)) return next();
        try {
          const body = readFileSync(resolve(nhsukImages, name));
          res.setHeader('Content-Type', name.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    // Its fonts come from a CDN the CSP refuses (and NHS networks may block): Arial, the design system's fallback, instead.
    transform(code, id) {
      if (!id.includes('nhsuk-frontend') || !id.endsWith('.css')) return null;
      return { code: code.replace(/@font-face\{[^}]*assets\.nhs\.uk[^}]*\}/g, ''), map: null };
    },
    generateBundle() {
      for (const name of readdirSync(nhsukImages)) {
        if (!/\.(svg|ico|png)$/.test(name)) continue;
        this.emitFile({
          type: 'asset',
          fileName: `assets/images/${name}`,
          source: readFileSync(resolve(nhsukImages, name)),
        });
      }
    },
  };
}

/** The stylesheet's /assets/images/… URLs are resolved at run time on purpose: Vite need not say so for each. */
const logger = createLogger();
for (const level of ['warn', 'warnOnce'] as const) {
  const original = logger[level].bind(logger);
  logger[level] = (message, options) => {
    if (!message.includes("didn't resolve at build time")) original(message, options);
  };
}

export default defineConfig({
  customLogger: logger,
  root,
  base: '/',
  plugins: [react(), nhsukAssets()],
  // Vite's caches in the git-ignored tmp/ (node_modules may be shared between work trees).
  cacheDir: resolve(root, '../../tmp/vite-console'),
  // Every dependency pre-bundled at start: without hot reload, a dependency found later
  // would be bundled again under a page still holding the first copy (two Reacts).
  optimizeDeps: {
    include: [
      'react',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-router',
      'graphql',
      'graphql-ws',
      '@apollo/client',
      '@apollo/client/react',
      '@apollo/client/link/context',
      '@apollo/client/link/subscriptions',
      '@apollo/client/utilities',
      'nhsuk-react-components',
      'nhsuk-frontend',
    ],
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    // nhsuk-frontend ships minified CSS with legacy hacks lightningcss refuses to re-minify.
    cssMinify: false,
    // Asset file names are hashed: cached for a year; index.html is never cached (see the API's console module).
    assetsDir: 'assets',
    chunkSizeWarningLimit: 600,
  },
  server: { hmr: false },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    css: false,
  },
});
