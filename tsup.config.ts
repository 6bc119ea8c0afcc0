import { copyFileSync, mkdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** The places gazetteer is data read at first use, not code: it goes beside the bundles. */
function copyGazetteer(): void {
  mkdirSync('dist', { recursive: true });
  copyFileSync('src/extractors/places/data/gazetteer.tsv', 'dist/gazetteer.tsv');
}

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
    onSuccess: async () => copyGazetteer(),
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
