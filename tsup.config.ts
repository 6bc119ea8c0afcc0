import { copyFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

/** The places gazetteer is data read at first use, not code: it goes beside the bundles. */
function copyGazetteer(): void {
  mkdirSync('dist', { recursive: true });
  copyFileSync('src/extractors/places/data/gazetteer.tsv', 'dist/gazetteer.tsv');
}

/**
 * Lexicons are bundled as `JSON.parse('...')` rather than as object literals: V8 reads
 * a JSON string several times faster than the same data as JavaScript source, and
 * start-up compiles about 1 MB of lexicons (V8's own advice for data over 10 KB).
 */
const jsonAsParse: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const data: unknown = JSON.parse(await readFile(args.path, 'utf8'));
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: 'js' };
    });
  },
};

export default defineConfig([
  {
    // The library: ESM and CJS with generated declarations.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    // franc is ESM-only: bundled so that require() of the CJS build works. zod is bundled too: its
    // ESM build is about a hundred modules, whose resolution and compilation took about 70 ms of
    // every cold start; it stays a dependency for its types (zod 4 checks schemas by their traits,
    // not by identity, so our schemas compose with the user's own zod).
    noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space', 'zod'],
    esbuildPlugins: [jsonAsParse],
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
    esbuildPlugins: [jsonAsParse],
  },
]);
