/**
 * The command line when things go wrong: every input is either in the output
 * or reported, each kind of failure has its exit code, and `--output FILE`
 * never leaves a partial file, whether the run fails on an error, on a full
 * disk, on a crash in the middle of the output, on a dying worker thread, or
 * is stopped by Ctrl-C. Faults are injected by fixtures/faults.mjs.
 * Runs the built CLI (`npm test` builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { ROOT, seeds } from '../helpers/seeds.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const FAULTS = join(ROOT, 'test', 'robustness', 'fixtures', 'faults.mjs');

function run(args: string[], options: { input?: string; env?: Record<string, string>; preload?: boolean } = {}) {
  const node = options.preload ? ['--import', FAULTS, CLI] : [CLI];
  const r = spawnSync(process.execPath, [...node, ...args], { cwd: ROOT, input: options.input, encoding: 'utf8', env: { ...process.env, ...options.env }, timeout: 60_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let folder: string;
const leftovers = (d: string, name: string) => readdirSync(d).filter((f) => f.startsWith(name));

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it).');
  dir = mkdtempSync(join(tmpdir(), 'conflits-fr-failures-'));
  folder = join(dir, 'articles');
  mkdirSync(folder);
  // Enough documents that the output is written in several chunks before a fault strikes.
  const all = seeds();
  for (let i = 0; i < 12; i++) writeFileSync(join(folder, `${String(i).padStart(2, '0')}.txt`), all[i % all.length]!.text);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every input is accounted for', () => {
  it('writes each readable article and reports each bad one, with the first failure as exit code', () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed);
    const french = ' date 2024-11 Samedi, la Résistance irakienne a annoncé avoir attaqué une base à Eilat avec des drones.';
    const files: Record<string, string> = {
      'a-good.txt': french,
      'b-binary.txt': '\u0000\u0001\u0002PK\u0003\u0004 binary',
      'c-empty.txt': '',
      'd-english.txt': 'The United States and Iraq agreed on Friday to start talks on the end of the coalition mission in the country.',
      'e-page.html': `<html><body><p>${french.replace('Résistance', 'R&eacute;sistance')}</p></body></html>`,
      'f-mojibake.txt': french.replace(/é/g, 'Ã©'),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(mixed, name), text);
    // Saved as Windows-1252 (é is byte 0xE9, ’ is 0x92): not valid UTF-8.
    const windows1252 = (text: string) => Buffer.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
    writeFileSync(join(mixed, 'g-windows-1252.txt'), windows1252(french.replace('Samedi,', 'Samedi, l’armée a dit que')));
    for (const jobs of ['1', '2']) {
      const r = run(['extract', mixed, '--format', 'jsonl', '--jobs', jobs, '--quiet']);
      expect(r.code).toBe(EXIT.UNREADABLE_INPUT);
      expect(r.stderr).toMatch(/b-binary\.txt: .*not readable text/);
      expect(r.stderr).toMatch(/d-english\.txt: .*not French/);
      const sources = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: string }).source.slice(mixed.length + 1));
      expect(sources).toEqual(['a-good.txt', 'c-empty.txt', 'e-page.html', 'f-mojibake.txt', 'g-windows-1252.txt']);
      expect(r.stderr).toMatch(/g-windows-1252\.txt: not valid UTF-8, read as Windows-1252/);
      const latin = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { events: { evidence: { text: string } }[] };
      expect(latin.events.map((e) => e.evidence.text)).toEqual([expect.stringContaining('l’armée a dit que la Résistance irakienne a annoncé avoir attaqué')]);
    }
  });
});

describe('limits', () => {
  it('refuses a file over 3 × --max-length bytes from its size, before reading it', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'é'.repeat(40));
    const r = run(['extract', big, '--max-length', '20', '--quiet']);
    expect(r.code).toBe(EXIT.INPUT_TOO_LARGE);
    expect(r.stderr).toMatch(/at least 27 characters, more than maxLength \(20\)/);
    expect(run(['extract', big, '--max-length', '40', '--quiet', '--language', 'fr']).code).toBe(EXIT.OK);
    expect(run(['extract', big, '--max-length', '39', '--quiet', '--language', 'fr']).code).toBe(EXIT.INPUT_TOO_LARGE);
  });

  it('refuses standard input over 3 × --max-length bytes without keeping it', () => {
    const r = run(['extract', '-', '--max-length', '100', '--quiet'], { input: 'a'.repeat(100_000) });
    expect(r.code).toBe(EXIT.INPUT_TOO_LARGE);
    expect(r.stderr).toMatch(/-: The text has at least 101 characters/);
  });
});

describe('--output is never left half-written', () => {
  it('when the output folder does not exist: exit 3, a message naming the file', () => {
    const out = join(dir, 'no-such-folder', 'out.json');
    const r = run(['extract', folder, '--output', out, '--quiet']);
    expect(r.code).toBe(EXIT.IO);
    expect(r.stderr).toContain(`cannot write the output file ${out}`);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('when the output is a folder: exit 3, no partial file beside it', () => {
    const out = join(dir, 'a-folder.json');
    mkdirSync(out);
    const r = run(['extract', folder, '--output', out, '--quiet']);
    expect(r.code).toBe(EXIT.IO);
    expect(leftovers(dir, 'a-folder.json')).toEqual(['a-folder.json']);
  });

  it('when the disk fills up in the middle of the output: exit 3', () => {
    const out = join(dir, 'full.jsonl');
    const r = run(['extract', folder, '--format', 'jsonl', '--jobs', '1', '--quiet', '--output', out], { preload: true, env: { FAULT: 'disk-full' } });
    expect(r.code).toBe(EXIT.IO);
    expect(r.stderr).toMatch(/cannot write the output file .*ENOSPC/);
    expect(leftovers(dir, 'full.jsonl')).toEqual([]);
  });

  it('when the process crashes in the middle of the output: exit 1', () => {
    const out = join(dir, 'crash.jsonl');
    const r = run(['extract', folder, '--format', 'jsonl', '--jobs', '1', '--quiet', '--output', out], { preload: true, env: { FAULT: 'crash' } });
    expect(r.code).toBe(EXIT.INTERNAL);
    expect(r.stderr).toMatch(/injected crash/);
    expect(leftovers(dir, 'crash.jsonl')).toEqual([]);
  });

  it('when a worker thread dies: exit 1 rather than a hang', () => {
    const out = join(dir, 'worker.jsonl');
    const r = run(['extract', folder, '--format', 'jsonl', '--jobs', '2', '--quiet', '--output', out], { preload: true, env: { FAULT: 'worker-exit' } });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(EXIT.INTERNAL);
    expect(r.stderr).toMatch(/worker thread stopped/);
    expect(leftovers(dir, 'worker.jsonl')).toEqual([]);
  });

  it.each([
    ['SIGINT', EXIT.INTERRUPTED],
    ['SIGTERM', EXIT.TERMINATED],
  ] as const)('when stopped by %s: exit %i', async (signal, code) => {
    const out = join(dir, `stopped-${signal}.json`);
    // Standard input that never ends keeps the run going, with the partial file open, until the signal.
    const child = spawn(process.execPath, [CLI, 'extract', folder, '-', '--quiet', '--output', out], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.stdin.write('Samedi, la base a été visée. ');
    for (let i = 0; i < 400 && leftovers(dir, `stopped-${signal}.json.partial`).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(leftovers(dir, `stopped-${signal}.json`)).toHaveLength(1);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(stderr).toMatch(new RegExp(`stopped by ${signal}`));
    expect(leftovers(dir, `stopped-${signal}.json`)).toEqual([]);
  });

  it('but is complete when the run succeeds', () => {
    const out = join(dir, 'ok.jsonl');
    const r = run(['extract', folder, '--format', 'jsonl', '--jobs', '2', '--quiet', '--output', out]);
    expect(r.code).toBe(EXIT.OK);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(12);
    expect(leftovers(dir, 'ok.jsonl')).toEqual(['ok.jsonl']);
  });
});

describe('standard output', () => {
  it('closed by its reader (| head) ends the run quietly with 141', async () => {
    const child = spawn(process.execPath, [CLI, 'extract', folder, folder, folder, '--format', 'jsonl', '--jobs', '1', '--quiet'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.stdout.once('data', () => child.stdout.destroy());
    expect(await exited).toBe(EXIT.BROKEN_PIPE);
    expect(stderr).toBe('');
  });
});
