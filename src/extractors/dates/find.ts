/**
 * The first phase: every date expression of the document, as token spans
 * with what their rule made of them. Sentence by sentence, left to right;
 * at each token the longest rule match that its context accepts wins.
 */
import type { Doc } from '../../pipeline/document.js';
import { readLeftContext, type LeftContext } from './context.js';
import { looksLikeCount } from './count-guard.js';
import type { DateExpr } from './expr.js';
import { dateLexicon } from './lexicon.js';
import { matchRule } from './matcher.js';
import type { DateRule, RuleMatch } from './rule.js';
import { ruleIndex, type Candidate } from './rules/index.js';
import { canFollow, COORDINATION } from './rules/lookahead.js';
import { Words } from './words.js';

export interface FoundDate {
  /** Tokens `[start, end)` of the whole expression, cue words included. */
  start: number;
  end: number;
  /** Tokens of the part the rule matched. */
  coreStart: number;
  coreEnd: number;
  rule: DateRule;
  expr: DateExpr;
  context: LeftContext;
}

export function findDates(doc: Doc, w: Words = new Words(doc)): FoundDate[] {
  const out: FoundDate[] = [];
  const index = ruleIndex();
  for (const s of doc.sentences) {
    let floor = s.firstToken;
    let previousEnd = -1;
    let i = s.firstToken;
    while (i < s.endToken) {
      i = index.nextCandidate(w, i, s.endToken);
      if (i >= s.endToken) break;
      const candidates = index.candidatesAt(w, i);
      const found = candidates ? bestAt(w, candidates, i, floor, s.endToken, previousEnd) : null;
      if (!found) {
        i++;
        continue;
      }
      out.push(found);
      floor = previousEnd = found.end;
      i = found.end;
    }
  }
  return out;
}

function bestAt(w: Words, candidates: readonly Candidate[], i: number, floor: number, limit: number, previousEnd: number): FoundDate | null {
  let matches: RuleMatch[] | null = null;
  let previous: string | null | undefined;
  for (const { rule, follow, before } of candidates) {
    if (follow && !canFollow(follow, w, i + 1, limit)) continue;
    if (before) {
      if (previous === undefined) {
        const p = w.skipBackward(i - 1, floor);
        previous = p >= floor ? w.key(p) : null;
      }
      if (previous === null || !before.has(previous)) continue;
    }
    const m = matchRule(w, rule, i, limit);
    if (m) (matches ??= []).push(m);
  }
  if (!matches) return null;
  // Longest first; among equals, the rule listed first.
  if (matches.length > 1) matches.sort((a, b) => b.end - a.end);
  for (const m of matches) {
    const found = accept(w, m, floor, limit, previousEnd);
    if (found) return found;
  }
  return null;
}

function accept(w: Words, m: RuleMatch, floor: number, limit: number, previousEnd: number): FoundDate | null {
  const expr = m.rule.resolve(m.captures);
  if (!expr) return null;
  const context = readLeftContext(w, m.rule, m.start, floor);
  if (m.rule.needs === 'boundary' && !context.boundary) return null;
  if (m.rule.needs === 'article' && !context.article && !context.boundary) return null;
  if (m.rule.needs === 'cue' && !hasCue(m.rule, context, previousEnd)) return null;
  if (m.rule.countGuard && looksLikeCount(w, m.start, m.end, floor, limit, context)) return null;
  let start = context.start;
  // Keep `en novembre`, `de 2024`, `entre 2014 et 2017` whole; `le 27 septembre` stays `27 septembre`.
  if (context.cueStart !== undefined && dateLexicon().inSpan.has(context.cue!) && isPeriod(expr)) start = context.cueStart;
  return { start, end: m.end, coreStart: m.start, coreEnd: m.end, rule: m.rule, expr, context };
}

function hasCue(rule: DateRule, ctx: LeftContext, previousEnd: number): boolean {
  if (ctx.prefix || ctx.boundary || ctx.article) return true;
  if (!ctx.cue) return false;
  // `en 2014 et 2015`: a coordinated date borrows the cue of the one before.
  if (COORDINATION.has(ctx.cue)) return ctx.cueStart === previousEnd;
  return rule.cues ? rule.cues.has(ctx.cue) : true;
}


/** A month, year or season: the expressions whose preposition the press writes with them (`en novembre`). */
function isPeriod(e: DateExpr): boolean {
  return (e.kind === 'calendar' && e.day === undefined && e.weekday === undefined) || e.kind === 'season';
}
