// `npm run report:check`: writes the evaluation report of the seeds (and a
// demonstration report where every mention status and event outcome occurs),
// opens each in headless Chromium, checks that the page rendered (its DOM,
// no blocked request, a non-blank screenshot), and leaves the screenshots
// for a human to look at. Needs Debian's `chromium` (apt-get install -y chromium),
// or CHROMIUM=/path/to/chrome. Options: --gold DIR [--texts DIR] adds a report
// of that corpus; --out DIR (default .tmp/report-check).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { gold: { type: 'string' }, texts: { type: 'string' }, out: { type: 'string', default: join(root, '.tmp', 'report-check') } } });
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

function findChromium() {
  for (const c of [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome']) {
    if (c && spawnSync(c, ['--version'], { encoding: 'utf8' }).status === 0) return c;
  }
  console.error('report:check: no Chromium found; install it (apt-get install -y chromium) or set CHROMIUM.');
  process.exit(2);
}

const chromium = findChromium();
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function inChromium(args) {
  const profile = mkdtempSync(join(tmpdir(), 'report-check-'));
  try {
    return spawnSync(chromium, [...FLAGS, `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0', ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const failures = [];
function check(name, ok, why) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `: ${why}`}`);
  if (!ok) failures.push(name);
}

/** The page reduced to its first document section, to see one document at full size. */
function firstDocumentPage(html) {
  const head = html.slice(0, html.indexOf('<body>') + 6);
  const legend = html.indexOf('<div class="legend">');
  const start = html.indexOf('<section class="doc"');
  const end = html.indexOf('</section>', start);
  return `${head}${html.slice(legend, html.indexOf('<section', legend))}${html.slice(start, end + 10)}</body></html>\n`;
}

function inspect(label, file, sections) {
  const url = `file://${file}`;
  const dom = inChromium(['--dump-dom', url]);
  check(`${label}: Chromium loads the page`, dom.status === 0, dom.stderr.slice(-500));
  const found = (dom.stdout.match(/<section class="doc"/g) ?? []).length;
  check(`${label}: ${sections} document section(s) in the rendered DOM`, found === sections, `found ${found}`);
  check(`${label}: charts rendered`, /<svg class="chart"/.test(dom.stdout), 'no <svg class="chart">');
  const blocked = dom.stderr.split('\n').filter((l) => /Refused to|net::ERR_|violates the following Content Security Policy|:CONSOLE[:(]/i.test(l));
  check(`${label}: no blocked or failed request`, blocked.length === 0, blocked.join('\n'));
  for (const [suffix, page, size] of [['', file, '1400,2000'], ['-document', file.replace(/\.html$/, '-document.html'), '1400,1600']]) {
    if (suffix) writeFileSync(page, firstDocumentPage(readFileSync(file, 'utf8')));
    const png = file.replace(/\.html$/, `${suffix}.png`);
    rmSync(png, { force: true });
    inChromium([`--screenshot=${png}`, `--window-size=${size}`, `file://${page}`]);
    const bytes = existsSync(png) ? statSync(png).size : 0;
    check(`${label}${suffix}: screenshot ${png}`, bytes > 30_000, `${bytes} bytes (blank or missing)`);
  }
}

execFileSync(process.execPath, [join(root, 'scripts', 'ensure-built.mjs')], { stdio: 'inherit' });
const cli = join(root, 'dist', 'cli.js');
const count = (gold, texts) => JSON.parse(execFileSync(process.execPath, [cli, 'eval', gold, ...(texts ? ['--texts', texts] : []), '--json'], { cwd: root, encoding: 'utf8' })).documents.length;

const seeds = join(out, 'seeds.html');
execFileSync(process.execPath, [cli, 'eval', '--report', seeds], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
inspect('seeds report', seeds, count('fixtures', 'seeds'));

const demo = join(out, 'demo.html');
const vitest = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/eval/report.test.ts'], { cwd: root, env: { ...process.env, REPORT_DEMO: demo }, encoding: 'utf8' });
check('demo report written by test/eval/report.test.ts', vitest.status === 0 && existsSync(demo), vitest.stdout.slice(-1000));
if (existsSync(demo)) inspect('demo report', demo, count('fixtures', 'seeds'));

if (values.gold) {
  const extra = join(out, 'corpus.html');
  execFileSync(process.execPath, [cli, 'eval', values.gold, ...(values.texts ? ['--texts', values.texts] : []), '--report', extra], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  inspect(`report of ${values.gold}`, extra, count(values.gold, values.texts));
}

console.log(failures.length === 0 ? `\nAll checks passed. Look at the screenshots in ${out}.` : `\n${failures.length} check(s) failed.`);
process.exit(failures.length === 0 ? 0 : 1);
