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

export const GOLD_SUFFIX = '.gold.json';

/** A gold file that cannot be scored (missing text, not JSON, not the schema). */
export class InvalidGoldError extends Error {
  readonly code = 'INVALID_GOLD';
}

export function goldFiles(goldDir: string): string[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith(GOLD_SUFFIX))
    .sort();
}

/** The text of a gold file: in the texts folder, else beside the gold. */
export function textPathOf(name: string, goldDir: string, textDir: string): string | undefined {
  return [join(textDir, `${name}.txt`), join(goldDir, `${name}.txt`)].find((p) => existsSync(p));
}

/** Gold files of a folder, in name order, with their texts. Throws `InvalidGoldError` on a missing text or invalid gold. */
export function loadCorpus(goldDir: string, textDir: string = goldDir): AnnotatedDocument[] {
  return goldFiles(goldDir).map((file) => {
    const name = basename(file, GOLD_SUFFIX);
    const goldPath = join(goldDir, file);
    const textPath = textPathOf(name, goldDir, textDir);
    if (!textPath) throw new InvalidGoldError(`${goldPath}: no ${name}.txt beside it${textDir !== goldDir ? ` or in ${textDir}` : ''}.`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(goldPath, 'utf8'));
    } catch (error) {
      throw new InvalidGoldError(`${goldPath}: not JSON: ${(error as Error).message}`);
    }
    const parsed = GoldFileSchema.safeParse(json);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new InvalidGoldError(`${goldPath}: not a valid gold file (run eval --check): ${why}`);
    }
    return { name, textPath, goldPath, text: readFileSync(textPath, 'utf8'), gold: parsed.data };
  });
}
