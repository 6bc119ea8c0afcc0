/**
 * `conflits-fr eval --check`: validates gold files against the guide (zod
 * schema, then field, text and consistency checks) and says, per file and
 * field, what is wrong and why.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GOLD_SUFFIX, goldFiles, textPathOf } from '../corpus.js';
import { GoldFileSchema } from '../gold.js';
import { SearchableText } from '../searchable.js';
import { checkConsistency } from './consistency.js';
import { checkFields } from './fields.js';
import { formatPath, IssueList, type GoldIssue } from './issues.js';
import { checkUnknownKeys } from './keys.js';
import { checkQualifiers } from './qualifiers.js';
import { checkTexts } from './texts.js';

export { formatIssue, type GoldIssue } from './issues.js';

/** Issues of one gold file, given its raw JSON text and its document (null when missing). */
export function checkGold(file: string, json: string, text: string | null): GoldIssue[] {
  const issues = new IssueList(file);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    issues.error('(file)', `not JSON: ${(error as Error).message}`);
    return issues.items;
  }
  checkUnknownKeys(raw, issues);
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.error(formatPath(i.path), i.message);
    return issues.items;
  }
  checkFields(parsed.data, issues);
  checkQualifiers(parsed.data, issues);
  if (text === null) {
    issues.error('(file)', 'no NAME.txt for this gold file');
    return issues.items;
  }
  checkTexts(new SearchableText(text), parsed.data, issues);
  checkConsistency(text, basename(file), parsed.data, issues);
  return issues.items;
}

/** Checks every gold file of a folder (texts beside them or in `textDir`). */
export function checkCorpus(goldDir: string, textDir: string = goldDir): { files: number; issues: GoldIssue[] } {
  const files = goldFiles(goldDir);
  const issues: GoldIssue[] = [];
  for (const file of files) {
    const textPath = textPathOf(basename(file, GOLD_SUFFIX), goldDir, textDir);
    const goldPath = join(goldDir, file);
    issues.push(...checkGold(goldPath, readFileSync(goldPath, 'utf8'), textPath ? readFileSync(textPath, 'utf8') : null));
  }
  return { files: files.length, issues };
}
