/**
 * Where the gazetteer file lies: beside this module in the sources
 * (`data/gazetteer.tsv`), beside the bundle once built (`dist/gazetteer.tsv`,
 * copied by tsup.config.ts). Read once, as Latin-1 (the file is ASCII), the
 * cheapest decoding. A missing or unreadable file gives an empty table: the
 * extractor then knows countries and curated places only, and never throws.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = 'gazetteer.tsv';

function here(): string | null {
  if (typeof __dirname === 'string') return __dirname;
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
}

export function readGazetteerFile(): string {
  const dir = here();
  if (dir === null) return '';
  for (const path of [join(dir, FILE), join(dir, 'data', FILE), join(dir, '..', FILE)]) {
    try {
      return readFileSync(path, 'latin1');
    } catch {
      // try the next place
    }
  }
  return '';
}
