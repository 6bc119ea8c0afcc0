/**
 * No regular expression of the library can backtrack catastrophically: every
 * one under `src/` (literals, `RegExp(...)` constructions, also those built
 * from data, and strings given to `.match`) passes the `recheck` analyser.
 *
 * Sites are found by parsing the sources (regex-collector.ts). Patterns built
 * at run time are captured while the modules load and analyse sample texts;
 * a site that neither way resolves fails the test, so a new regex cannot slip
 * past unchecked.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import { beforeAll, describe, expect, it } from 'vitest';
import { seeds } from '../helpers/seeds.js';
import { collectSites, sitesOf, sourceFiles, type RegexSite, type RegexSource } from './regex-collector.js';

const ROOT = new URL('../../', import.meta.url).pathname;
/** Modules that do work when imported (the command line's entry points): parsed, never imported. */
const NOT_IMPORTED = new Set(['src/cli/main.ts', 'src/cli/worker.ts']);
// checkSync runs the pure JavaScript backend, the same on every machine. Its fuzzing is bounded by
// step limits only, not by time, and seeded, so that a loaded CI machine gets the same verdicts.
const RECHECK = { randomSeed: 1, timeout: null, incubationTimeout: null, attackTimeout: null, seedingTimeout: null } as const;

interface Captured extends RegexSource {
  /** `src/file.ts:line` of the construction. */
  line: string;
}

/** Every RegExp built by the library's own code while `run` runs, with where it was built. */
async function captureConstructions(run: () => Promise<void>, within = 'src/'): Promise<Captured[]> {
  const Original = globalThis.RegExp;
  const captured: Captured[] = [];
  const record = (args: unknown[]) => {
    const frames = String(new Error().stack).split('\n').slice(1);
    const caller = frames.find((f) => !f.includes('redos.test.ts'));
    const m = caller && /(\/[^\s()]+?\.[cm]?[jt]sx?):(\d+):\d+/.exec(caller);
    if (!m) return;
    const file = relative(ROOT, m[1]!);
    if (!file.startsWith(within)) return;
    const re = Reflect.construct(Original, args) as RegExp;
    captured.push({ line: `${file}:${m[2]}`, source: re.source, flags: re.flags });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args);
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return captured;
}

const SAMPLES = [
  'BAGDAD, 12 mars 2024 (AFP) - Trois roquettes ont visé la base d’Aïn al-Asad, sans faire de victimes, selon l’armée.',
  'Publié le 05/02/2023 à 10h12\nLe Hezbollah a revendiqué une attaque de drones contre une caserne à Metoula, a indiqué l’AFP.',
  '<p>Les forces de l&rsquo;ordre ont &eacute;t&eacute; d&eacute;ploy&eacute;es &agrave; Gao&nbsp;: 2.500 soldats.</p>',
  'La RÃ©sistance a confirmÃ© la quatriÃ¨me attaque contre la base, a indiquÃ© le communiquÃ©.',
  "L'État islamique (EI) a tué 12 civils et blessé une vingtaine d'autres mardi soir près de Kirkouk, en Irak.",
];

describe('every regular expression of src/', () => {
  let sites: RegexSite[];
  let captured: Captured[];

  beforeAll(async () => {
    sites = collectSites();
    captured = await captureConstructions(async () => {
      for (const file of sourceFiles()) {
        const rel = relative(ROOT, file);
        if (!NOT_IMPORTED.has(rel)) await import(/* @vite-ignore */ file);
      }
      const { analyze } = await import('../../src/index.js');
      for (const seed of seeds()) analyze(seed.text, { referenceDate: seed.referenceDate });
      for (const text of SAMPLES) analyze(text, { language: 'fr', referenceDate: '2024-03' });
    });
  }, 120_000);

  it('is found: the collector sees the sites it should', () => {
    expect(sites.length).toBeGreaterThan(50);
    expect(sites.some((s) => s.where.startsWith('src/text/tokens.ts') && s.kind === 'literal')).toBe(true);
  });

  it('is resolved: each site is read from the source or captured when built', () => {
    const byLine = new Map<string, RegexSource[]>();
    for (const c of captured) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c]);
    const unresolved = sites.filter((s) => s.patterns.length === 0 && !byLine.has(s.where.replace(/:\d+$/, '')));
    expect(
      unresolved.map((s) => s.where),
      'These regexes are built from values the collector cannot read, and no run built them: ' +
        'build them at module load, or from same-file or imported constants, or make a sample text in redos.test.ts reach them.',
    ).toEqual([]);
  });

  it('is safe against catastrophic backtracking (recheck)', () => {
    const patterns = new Map<string, { source: RegexSource; where: Set<string> }>();
    const add = (p: RegexSource, where: string) => {
      const key = `/${p.source}/${p.flags}`;
      const entry = patterns.get(key) ?? { source: p, where: new Set<string>() };
      entry.where.add(where);
      patterns.set(key, entry);
    };
    for (const s of sites) for (const p of s.patterns) add(p, s.where);
    for (const c of captured) add(c, c.line);
    const flagged: string[] = [];
    for (const [key, { source, where }] of patterns) {
      const d = checkSync(source.source, source.flags, RECHECK);
      if (d.status === 'safe') continue;
      const detail = d.status === 'vulnerable' ? `${d.complexity.summary}, attack ${d.attack.pattern}` : `unknown: ${JSON.stringify(d.error)}`;
      flagged.push(`${[...where].join(', ')}: ${key.slice(0, 160)} (${detail})`);
    }
    expect(flagged).toEqual([]);
    expect(patterns.size).toBeGreaterThan(50);
  }, 300_000);
});

describe('the collector', () => {
  // No static import of src/ in this file: the capture must see the modules load.
  it('reads literals, constant constructions, imported constants and string patterns', async () => {
    const { TOKEN_RE } = await import('../../src/text/tokens.js');
    const sites = sitesOf(
      `${ROOT}src/probe.ts`,
      [
        "import { TOKEN_RE } from './text/tokens.js';",
        "const WORDS = 'a|b';",
        'const A = /x+y/gi;',
        'const B = new RegExp(`^(?:${WORDS})$`, "u");',
        "const C = new RegExp(TOKEN_RE.source, 'gu');",
        "const D = 'abc'.match('b+');",
        'const E = RegExp(A);',
      ].join('\n'),
    );
    expect(sites.map((s) => [s.kind, s.patterns])).toEqual([
      ['literal', [{ source: 'x+y', flags: 'gi' }]],
      ['constructor', [{ source: '^(?:a|b)$', flags: 'u' }]],
      ['constructor', [{ source: TOKEN_RE.source, flags: 'gu' }]],
      ['string-pattern', [{ source: 'b+', flags: '' }]],
      ['constructor', [{ source: 'x+y', flags: 'gi' }]],
    ]);
  });

  it('leaves a pattern built from data unresolved, for the runtime capture', () => {
    const [site] = sitesOf(`${ROOT}src/probe.ts`, "const KEYS = ['a', 'b'];\nconst R = new RegExp(`[${KEYS.join('')}]`, 'g');");
    expect(site).toMatchObject({ kind: 'constructor', where: 'src/probe.ts:2:11', patterns: [] });
  });

  it('captures what a construction site builds', async () => {
    const dir = join(ROOT, '.tmp');
    mkdirSync(dir, { recursive: true });
    const probe = join(dir, `regex-probe-${process.pid}.mjs`);
    writeFileSync(probe, "const KEYS = ['a', 'b'];\nexport const R = new RegExp(`[${KEYS.join('')}]+`, 'g');\n");
    try {
      const got = await captureConstructions(async () => {
        await import(/* @vite-ignore */ probe);
      }, '.tmp/');
      expect(got).toEqual([{ line: `.tmp/regex-probe-${process.pid}.mjs:2`, source: '[ab]+', flags: 'g' }]);
    } finally {
      rmSync(probe, { force: true });
    }
  });

  it('uses an analyser that does flag a vulnerable regex', () => {
    expect(checkSync('^(a|a)*$', '', RECHECK).status).toBe('vulnerable');
    expect(checkSync('^-+|-+$', 'g', RECHECK).status).toBe('vulnerable');
    expect(checkSync('^-|-$', 'g', RECHECK).status).toBe('safe');
  });
});
