/**
 * Find, then resolve: the date mentions of a document, each with its value
 * against the reference date, the tense of its clause, and the dates the
 * article states elsewhere.
 */
import { formatCalendar, precisionOf } from '../../calendar/calendar.js';
import type { Doc } from '../../pipeline/document.js';
import type { DateMention } from '../../schema.js';
import { modOf } from './context.js';
import { applyStatedWeekdays, type Resolved } from './document-pass.js';
import type { FoundDate } from './find.js';
import { findDates } from './find.js';
import { dateLexicon } from './lexicon.js';
import { resolveExpr } from './resolve.js';
import { ClauseTenses, type Tense } from './tense.js';
import { Words } from './words.js';

export function extractDates(doc: Doc): DateMention[] {
  const w = new Words(doc);
  const ref = doc.referenceDate;
  const tenses = new ClauseTenses(doc, w);
  const items: Resolved[] = findDates(doc, w).map((found) => ({
    found,
    resolution: resolveExpr(found.expr, ref, tenseOf(tenses, found)),
  }));
  applyStatedWeekdays(items, ref);
  return items.map(({ found, resolution }) => {
    const start = w.start(found.start);
    const end = w.end(found.end - 1);
    const mention: DateMention = {
      start,
      end,
      text: doc.text.slice(start, end),
      value: resolution.value ? formatCalendar(resolution.value) : null,
      precision: resolution.value ? precisionOf(resolution.value) : resolution.precision,
      rule: ruleName(found),
    };
    const mod = modOf(found.context, resolution.approx, found.expr.kind !== 'season');
    if (mod) mention.mod = mod;
    return mention;
  });
}

/** What decides past or future: the expression's own `dernier`/`prochain`, then its prefix, then its clause. */
function tenseOf(tenses: ClauseTenses, f: FoundDate): Tense {
  const e = f.expr;
  const undated = (e.kind === 'calendar' && e.year === undefined) || e.kind === 'weekday' || (e.kind === 'season' && e.year === undefined);
  if (!undated) return 'unknown';
  if ('direction' in e && e.direction) return e.direction;
  const prefix = f.context.prefix;
  // `depuis octobre` started in the past; `d'ici septembre` ends in the future.
  if (prefix?.mod === 'after' && prefix.words[0] === 'depuis') return 'past';
  if (prefix && dateLexicon().futurePrefixes.has(prefix.words.join(' '))) return 'future';
  return tenses.at(f.coreStart, f.coreEnd);
}

function ruleName(f: FoundDate): string {
  const parts: string[] = [];
  if (f.context.prefix) parts.push(f.context.prefix.words.join('-'));
  if (f.context.boundary) parts.push(f.context.boundary === 'none' ? 'during' : f.context.boundary);
  parts.push(f.rule.name);
  return parts.join('+');
}
