// Writes the README's "What you get" section from the real output of the built library on a seed
// article, between the markers <!-- README:EXAMPLE --> and <!-- /README:EXAMPLE -->.
// Run after `npm run build`: node scripts/readme-example.mjs  (test/docs/readme.test.ts checks it is current).
import { readFileSync, writeFileSync } from 'node:fs';

const ROOT = new URL('..', import.meta.url);
const SEED = 'seeds/000_ad8d6cc5701ceb86.txt';

export async function exampleSection() {
  const { extractEvents } = await import(new URL('dist/index.js', ROOT).href);
  const events = extractEvents(readFileSync(new URL(SEED, ROOT), 'utf8'));
  const cut = (s, n) => (s.length > n ? `${s.slice(0, n)}…` : s);
  const lines = [
    '## What you get',
    '',
    `From [\`${SEED}\`](${SEED}) (its dateline \` date 2024-11\` gives the reference date), \`extractEvents(text)\` returns ${events.length} events:`,
    '',
    '| type | date | actor | target | places | evidence |',
    '|---|---|---|---|---|---|',
    ...events.map(
      (e) =>
        `| ${[
          e.type + (e.attackTypes.length ? ` (${e.attackTypes.join(', ')})` : ''),
          e.date ? `${e.date.value} «${e.date.text}»` : '',
          e.actor?.name ?? '',
          e.target?.name ?? '',
          e.places.map((p) => `${p.name} (${p.country ?? '—'})`).join(', '),
          cut(e.evidence.text, 70),
        ].join(' | ')} |`,
    ),
    '',
    'The first one in full (every `{ start, end, text }` is a slice of the input):',
    '',
    '```json',
    JSON.stringify(events[0], null, 2),
    '```',
  ];
  return lines.join('\n');
}

export function withSection(readme, section) {
  const start = '<!-- README:EXAMPLE -->';
  const end = '<!-- /README:EXAMPLE -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0) throw new Error(`README.md has no ${start} marker`);
  return `${readme.slice(0, a)}${start}\n${section}\n${end}${b < 0 ? readme.slice(a + start.length) : readme.slice(b + end.length)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL('README.md', ROOT);
  writeFileSync(path, withSection(readFileSync(path, 'utf8'), await exampleSection()));
  console.log('README.md: example section written');
}
