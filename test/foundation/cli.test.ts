/**
 * The command line as a user meets it: formats, folders, standard input,
 * one bad file among good ones, exit codes, no partial output file.
 * Runs the built CLI (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/formats/csv.js';
import { ROOT } from '../helpers/seeds.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const SEED = join(ROOT, 'seeds', '001_6f68dabfd6aa0492.txt');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it).');
  dir = mkdtempSync(join(tmpdir(), 'conflits-fr-cli-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'a.txt'), readFileSync(SEED, 'utf8'));
  writeFileSync(join(dir, 'articles', 'b-english.txt'), 'The United States and Iraq agreed on Friday to start talks on the end of the coalition mission in the country.');
  writeFileSync(join(dir, 'articles', 'c.txt'), ' date 2024-11 Samedi 16 novembre, la Résistance irakienne a annoncé avoir attaqué Eilat.');
  writeFileSync(join(dir, 'articles', 'ignored.md'), 'not an article');
  writeFileSync(
    join(dir, 'lines.jsonl'),
    `${JSON.stringify({ id: 'x1', text: 'Samedi, la base a été visée par des roquettes.', referenceDate: '2024-01-13' })}\nnot json\n${JSON.stringify({ text: 'Deux drones ont été abattus.' })}\n`,
  );
});

describe('extract', () => {
  it('writes JSON documents for a file', () => {
    const r = run(['extract', SEED]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout) as { source: string; referenceDate: string; events: unknown[] }[];
    expect(docs).toHaveLength(1);
    expect(docs[0]!.source).toBe(SEED);
    expect(docs[0]!.referenceDate).toBe('2024-01');
    expect(Array.isArray(docs[0]!.events)).toBe(true);
  });

  it('reads standard input with "-"', () => {
    const r = run(['extract', '-', '--format', 'jsonl', '--reference-date', '2024-11-16'], 'Samedi, la Résistance irakienne a annoncé avoir attaqué Eilat.');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([expect.objectContaining({ source: '-', referenceDate: '2024-11-16' })]);
  });

  it('processes a folder, reports the bad file and keeps the others', () => {
    const r = run(['extract', join(dir, 'articles'), '--format', 'jsonl', '--quiet']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/b-english\.txt: .*not French/);
    const sources = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: string }).source);
    expect(sources).toEqual([join(dir, 'articles', 'a.txt'), join(dir, 'articles', 'c.txt')]);
  });

  it('gives the same output, in input order, with one worker or two', () => {
    const one = run(['extract', join(dir, 'articles'), join(ROOT, 'seeds'), '--format', 'jsonl', '--jobs', '1', '--quiet']);
    const two = run(['extract', join(dir, 'articles'), join(ROOT, 'seeds'), '--format', 'jsonl', '--jobs', '2', '--quiet']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    expect(one.stdout.trim().split('\n')).toHaveLength(7);
    expect(run(['extract', SEED, '--jobs', '0']).code).toBe(2);
  });

  it('reads JSONL articles, reporting a malformed line', () => {
    const r = run(['extract', join(dir, 'lines.jsonl'), '--format', 'jsonl']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/lines\.jsonl:2: JSONL line is not valid JSON/);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; referenceDate: string | null });
    expect(docs.map((d) => d.source)).toEqual([`${join(dir, 'lines.jsonl')}#x1`, `${join(dir, 'lines.jsonl')}:3`]);
    expect(docs[0]!.referenceDate).toBe('2024-01-13');
  });

  it('writes CSV with ACLED column names first', () => {
    const r = run(['extract', SEED, '--format', 'csv']);
    expect(r.code).toBe(0);
    const header = r.stdout.split('\n')[0]!.split(',');
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header.slice(0, 12)).toEqual([
      'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'location', 'latitude', 'longitude', 'fatalities', 'notes', 'source',
    ]);
  });

  it('writes an output file only when the run succeeds', () => {
    const out = join(dir, 'out.json');
    expect(run(['extract', SEED, '--output', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(1);
    const bad = join(dir, 'bad.json');
    const r = run(['extract', SEED, '--output', bad, '--reference-date', 'hier']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
    expect(existsSync(bad)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('gives distinct exit codes for each kind of failure', () => {
    expect(run(['extract', join(dir, 'missing.txt')]).code).toBe(3);
    expect(run(['extract', SEED, '--format', 'xml']).code).toBe(2);
    expect(run(['extract', SEED, '--max-length', '10']).code).toBe(5);
    expect(run(['extract', '-'], 'PK\u0003\u0004\u0000\u0000\u0001\u0002').code).toBe(6);
    expect(run(['extract']).code).toBe(2);
    expect(run(['nonsense']).code).toBe(2);
    expect(run(['extract', SEED, '--bogus']).code).toBe(2);
  });
});

describe('other commands', () => {
  it('prints the JSON Schema', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).properties.events).toBeDefined();
  });

  it('prints help and the version', () => {
    expect(run(['help']).stdout).toMatch(/extract/);
    expect(run(['extract', '--help']).stdout).toMatch(/--format/);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
