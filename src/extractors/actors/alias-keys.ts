/**
 * How an alias of the data is cut into word keys, the same way a document
 * is: folded tokens, apostrophes and hyphens skipped, `al`/`el` particles
 * skipped; each word keeps the capitalization it is written with.
 */
import { fold, hasMarks } from '../../text/fold.js';
import { TokenKind, Tokens } from '../../text/tokens.js';
import { translitKey } from '../../text/translit.js';
import { CaseRule } from './types.js';

export interface AliasWords {
  keys: string[];
  cases: CaseRule[];
  /** The written form of each word, for mixed-case abbreviations. */
  written: string[];
}

const PARTICLES = new Set(['al', 'el']);

export function aliasWords(alias: string): AliasWords {
  const folded = fold(alias);
  const tokens = new Tokens(folded, hasMarks(folded));
  const out: AliasWords = { keys: [], cases: [], written: [] };
  for (let i = 0; i < tokens.count; i++) {
    const key = tokens.key(i);
    if (tokens.kind[i] === TokenKind.Punct && (key === "'" || key === '-')) continue;
    if (tokens.kind[i] === TokenKind.Word && PARTICLES.has(key) && i + 1 < tokens.count) continue;
    const raw = alias.slice(tokens.start[i]!, tokens.end[i]!);
    out.keys.push(key);
    out.cases.push(caseRule(raw));
    out.written.push(raw);
  }
  return out;
}

/** Two capitals or more: an abbreviation (`EI`, `FAMa`); one capital initial; else any case. */
export function caseRule(raw: string): CaseRule {
  let upper = 0;
  for (const c of raw) if (c !== c.toLowerCase()) upper++;
  if (upper >= 2) return CaseRule.Upper;
  const c = raw[0] ?? '';
  return c !== c.toLowerCase() ? CaseRule.Initial : CaseRule.Any;
}

export function looseKeys(keys: readonly string[]): string[] {
  return keys.map(translitKey);
}
