import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CJS with generated declarations.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    // franc is ESM-only: bundled so that require() of the CJS build works.
    noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  },
  {
    // The command line, ESM only, with its shebang.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
