/**
 * The committed gazetteer is what the build script makes from its sources
 * with today's matching keys: a change to translit.ts or to the focus
 * countries without a rebuild fails here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.js';

describe('gazetteer file', () => {
  it('is up to date with scripts/build-gazetteer.mjs', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gazetteer-')), 'gazetteer.tsv');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-gazetteer.mjs')], { cwd: ROOT, env: { ...process.env, GAZETTEER_OUT: out }, stdio: 'pipe' });
    const built = readFileSync(out, 'latin1');
    const committed = readFileSync(join(ROOT, 'src', 'extractors', 'places', 'data', 'gazetteer.tsv'), 'latin1');
    expect(built.length).toBe(committed.length);
    expect(built === committed).toBe(true);
  });
});
