/**
 * An annotated corpus on disk: every `NAME.gold.json` in a folder with its
 * `NAME.txt` (beside it, or in a separate texts folder: the seeds keep their
 * texts in `seeds/` and their gold in `fixtures/`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GoldFileSchema, type GoldFile } from './gold.js';

export interface AnnotatedDocument {
  name: string;
  textPath: string;
  goldPath: string;
  text: string;
  gold: GoldFile;
}

const GOLD_SUFFIX = '.gold.json';

/** Gold files of a folder, in name order, with their texts. Throws on a missing text or invalid gold. */
export function loadCorpus(goldDir: string, textDir: string = goldDir): AnnotatedDocument[] {
  const names = readdirSync(goldDir)
    .filter((f) => f.endsWith(GOLD_SUFFIX))
    .sort();
  return names.map((file) => {
    const name = basename(file, GOLD_SUFFIX);
    const goldPath = join(goldDir, file);
    const textPath = [join(textDir, `${name}.txt`), join(goldDir, `${name}.txt`)].find((p) => existsSync(p));
    if (!textPath) throw new Error(`${goldPath}: no ${name}.txt beside it${textDir !== goldDir ? ` or in ${textDir}` : ''}.`);
    const parsed = GoldFileSchema.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
    if (!parsed.success) throw new Error(`${goldPath}: not a valid gold file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { name, textPath, goldPath, text: readFileSync(textPath, 'utf8'), gold: parsed.data };
  });
}
