import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** The seed articles with their gold reference dates. */
export function seeds(): { name: string; text: string; referenceDate: string | null }[] {
  return readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures', `${name}.gold.json`), 'utf8')) as { referenceDate: string | null };
      return { name, text: readFileSync(join(ROOT, 'seeds', f), 'utf8'), referenceDate: gold.referenceDate };
    });
}
