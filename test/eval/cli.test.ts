import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_TEXT, VALID_GOLD } from './check-cases.js';

const run = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', 'eval', ...args], { encoding: 'utf8' });
let dir: string;

beforeAll(() => {
  spawnSync(process.execPath, ['scripts/ensure-built.mjs'], { stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'conflits-eval-'));
  writeFileSync(join(dir, 'good.txt'), CHECK_TEXT);
  writeFileSync(join(dir, 'good.gold.json'), JSON.stringify(VALID_GOLD));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('conflits-fr eval', () => {
  it('scores the seeds by default, with one line per document', () => {
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('fixtures (5 documents)');
    // Every gold slot value is either found (tp) or not (fn): 186 in the seeds, whatever is predicted.
    const micro = /^slots \(micro\)\s+(?<tp>\d+)\s+\d+\s+(?<fn>\d+)\s/m.exec(r.stdout);
    expect(Number(micro?.groups?.tp) + Number(micro?.groups?.fn)).toBe(186);
    expect(r.stdout).toMatch(/^000_ad8d6cc5701ceb86\s/m);
  });

  it('prints the documented JSON with --json', () => {
    const r = run('--gold', 'fixtures', '--texts', 'seeds', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ version: 1, gold: 'fixtures', texts: 'seeds', corpus: { documents: 5, mentions: { dates: { gold: 35 } }, slotMicro: { fn: expect.any(Number) } } });
    expect(json.documents).toHaveLength(5);
    expect(json.documents[0]).toMatchObject({ name: '000_ad8d6cc5701ceb86', events: { outcomes: { matched: expect.any(Array), missed: expect.any(Array), spurious: expect.any(Array) } } });
  });

  it('writes a self-contained HTML report with --report', () => {
    const file = join(dir, 'report.html');
    const r = run(dir, '--report', file);
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<section class="doc" id="doc-0">[\s\S]*<\/html>\n$/);
  });

  it('checks gold files: 0 on good ones, 7 with file, field and reason on bad ones', () => {
    expect(run('--check').status).toBe(0);
    const bad = mkdtempSync(join(tmpdir(), 'conflits-bad-'));
    writeFileSync(join(bad, 'x.txt'), CHECK_TEXT);
    writeFileSync(join(bad, 'x.gold.json'), JSON.stringify({ ...VALID_GOLD, referenceDate: '2024-13' }));
    const r = run(bad, '--check');
    expect(r.status).toBe(7);
    expect(r.stdout).toContain(`${join(bad, 'x.gold.json')}: referenceDate: error:`);
    const scored = run(bad);
    expect(scored.status).toBe(7);
    expect(scored.stderr).toContain('--check');
    rmSync(bad, { recursive: true, force: true });
  });

  it('refuses a folder without gold files (usage error)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'conflits-empty-'));
    expect(run(empty).status).toBe(2);
    rmSync(empty, { recursive: true, force: true });
  });
});
