/**
 * What changed between an approved `analyze()` output and a new one, as a
 * few readable lines (mentions and events that appeared, disappeared or
 * changed, keyed by their span) instead of a JSON diff of thousands of lines.
 */
import type { Analysis } from '../../src/schema.js';

const MAX_LINES = 80;
const show = (x: unknown) => (x === undefined ? 'absent' : JSON.stringify(x));
const short = (s: string, n = 70) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** Changed leaves between two JSON values, as `path: old → new`. */
export function leafChanges(a: unknown, b: unknown, path = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const isObj = (x: unknown) => typeof x === 'object' && x !== null;
  if (!isObj(a) || !isObj(b) || Array.isArray(a) !== Array.isArray(b)) return [`${path || '(value)'}: ${show(a)} → ${show(b)}`];
  const keys = [...new Set([...Object.keys(a as object), ...Object.keys(b as object)])];
  return keys.flatMap((k) => leafChanges((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
}

type Keyed = { start: number; end: number; text: string };

function keyedChanges<T>(label: string, before: readonly T[], after: readonly T[], key: (x: T) => string, describe: (x: T) => string): string[] {
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  const out: string[] = [];
  for (const [k, x] of now) if (!old.has(k)) out.push(`+ ${label} ${describe(x)}`);
  for (const [k, x] of old) if (!now.has(k)) out.push(`- ${label} ${describe(x)}`);
  for (const [k, x] of now) {
    const y = old.get(k);
    if (y && JSON.stringify(x) !== JSON.stringify(y)) out.push(`~ ${label} ${describe(x)}: ${leafChanges(y, x).join('; ')}`);
  }
  return out;
}

const span = (x: Keyed) => `[${x.start},${x.end}) «${short(x.text, 50)}»`;
const MENTION_VALUE = (m: Record<string, unknown>) => ['value', 'name', 'country', 'kind', 'qualifier'].filter((k) => m[k] !== undefined).map((k) => show(m[k])).join(' ');

export function summarizeChanges(approved: Analysis, actual: Analysis): string[] {
  const lines: string[] = [];
  const { mentions: am, events: ae, sentences: as, ...aRest } = approved;
  const { mentions: bm, events: be, sentences: bs, ...bRest } = actual;
  lines.push(...leafChanges(aRest, bRest));
  if (as.length !== bs.length) lines.push(`sentences: ${as.length} → ${bs.length}`);
  lines.push(...leafChanges(as, bs, 'sentences').slice(0, 10));
  for (const category of Object.keys(bm) as (keyof Analysis['mentions'])[]) {
    const describe = (m: Keyed) => `${span(m)} ${MENTION_VALUE(m as unknown as Record<string, unknown>)} (rule ${String((m as { rule?: string }).rule)})`;
    lines.push(...keyedChanges<Keyed>(category, am[category] ?? [], bm[category], (m) => `${m.start}:${m.end}`, describe));
  }
  const eventKey = (e: Analysis['events'][number]) => `${e.type}@${e.evidence.start}:${e.trigger.start}-${e.trigger.end}`;
  const describeEvent = (e: Analysis['events'][number]) => `${e.type} trigger ${span(e.trigger)} in «${short(e.evidence.text)}»`;
  lines.push(...keyedChanges('event', ae, be, eventKey, describeEvent));
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), `… and ${lines.length - MAX_LINES} more changes`];
}
