// The benchmark corpus: the seed articles (and the dev corpus when ../shared is beside the project),
// repeated in order until the wanted size. Each article keeps its gold reference date.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

export function articles() {
  const out = [];
  const add = (textDir, goldDir) => {
    for (const f of readdirSync(textDir).filter((x) => x.endsWith('.txt')).sort()) {
      const goldPath = join(goldDir, f.replace(/\.txt$/, '.gold.json'));
      const gold = existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, 'utf8')) : { referenceDate: null };
      out.push({ text: readFileSync(join(textDir, f), 'utf8'), referenceDate: gold.referenceDate });
    }
  };
  add(join(ROOT, 'seeds'), join(ROOT, 'fixtures'));
  const dev = join(ROOT, '..', 'shared', 'corpus', 'dev');
  if (existsSync(dev)) add(dev, dev);
  return out;
}

/** Articles repeated until their UTF-8 size reaches `bytes`. */
export function corpusOf(bytes) {
  const base = articles();
  const docs = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = base[i % base.length];
    docs.push(a);
    size += Buffer.byteLength(a.text);
  }
  return { docs, bytes: size };
}

/** One document of about `bytes`, made of whole articles. */
export function bigDocument(bytes) {
  const { docs } = corpusOf(bytes);
  return docs.map((d) => d.text).join('\n\n');
}
