import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Nest loads graphql through require(); tests must get the same copy, or schema
 * objects from "another realm" clash.
 */
const serverResolve = { alias: { graphql: require.resolve('graphql', { paths: ['./server'] }) } };

/** Nest needs decorator metadata, which esbuild does not emit; SWC does. */
const nestTransform = () =>
  swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { decoratorMetadata: true, legacyDecorator: true },
    },
  });

const serverIntegration = (database: 'postgres' | 'pglite') => ({
  plugins: [nestTransform()],
  resolve: serverResolve,
  test: {
    name: `server-int-${database}`,
    root: './server',
    include: ['src/**/*.int-spec.ts', 'test/**/*.int-spec.ts'],
    env: { TEST_DB: database },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

/**
 * One runner, several tiers: unit specs beside the code, server integration specs on
 * real PostgreSQL and on the embedded PGlite, and browser end-to-end tests in test/.
 */
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'web/vitest.config.ts',
      {
        plugins: [nestTransform()],
        resolve: serverResolve,
        test: { name: 'server-unit', root: './server', include: ['src/**/*.spec.ts'] },
      },
      serverIntegration('postgres'),
      serverIntegration('pglite'),
      { test: { name: 'bench-unit', root: './test', include: ['bench/**/*.spec.ts'] } },
      'test/vitest.config.ts',
    ],
  },
});
