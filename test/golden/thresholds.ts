/**
 * The floors of `thresholds.json`: every seed's scores (and the scores over
 * all seeds) must reach them. They only go up: `RAISE_THRESHOLDS=1` writes
 * every score that rose above its floor (rounded down), never a lower one.
 */
import { MENTION_CATEGORIES, type MentionCategory } from '../../src/eval/gold.js';
import type { CorpusMetrics } from '../../src/eval/score.js';

export interface Floors {
  eventF1: number;
  slotMicroF1: number;
  mentionF1: Record<MentionCategory, number>;
  normalization: Record<MentionCategory, number>;
}

export interface ThresholdFile {
  about: string[];
  all: Floors;
  seeds: Record<string, Floors>;
  /** Floors over ../shared/corpus/dev, checked when that corpus is beside the project (as in CI). */
  dev?: Floors;
}

/** The measures the floors apply to, read from a document's or a corpus's metrics. */
export function floorsOf(m: CorpusMetrics): Floors {
  const per = (f: (c: MentionCategory) => number) => Object.fromEntries(MENTION_CATEGORIES.map((c) => [c, f(c)])) as Record<MentionCategory, number>;
  return {
    eventF1: m.events.f1,
    slotMicroF1: m.slotMicro.f1,
    mentionF1: per((c) => m.mentions[c].f1),
    normalization: per((c) => m.mentions[c].normalization ?? 0),
  };
}

function flat(f: Floors): [string, number][] {
  return [
    ['eventF1', f.eventF1],
    ['slotMicroF1', f.slotMicroF1],
    ...MENTION_CATEGORIES.map((c) => [`mentionF1.${c}`, f.mentionF1[c]] as [string, number]),
    ...MENTION_CATEGORIES.map((c) => [`normalization.${c}`, f.normalization[c]] as [string, number]),
  ];
}

/** Every measure below its floor, as `eventF1 0.412 < floor 0.500`. */
export function belowFloors(actual: Floors, floors: Floors): string[] {
  const want = new Map(flat(floors));
  return flat(actual)
    .filter(([k, v]) => v + 1e-9 < (want.get(k) ?? 0))
    .map(([k, v]) => `${k} ${v.toFixed(3)} < floor ${want.get(k)!.toFixed(3)}`);
}

const down = (x: number) => Math.floor(x * 1000 + 1e-6) / 1000;

/** The floors raised to the actual scores where those are higher; never lowered. */
export function raised(floors: Floors | undefined, actual: Floors): Floors {
  const keep = (old: number | undefined, now: number) => Math.max(old ?? 0, down(now));
  const per = (o: Record<MentionCategory, number> | undefined, n: Record<MentionCategory, number>) =>
    Object.fromEntries(MENTION_CATEGORIES.map((c) => [c, keep(o?.[c], n[c])])) as Record<MentionCategory, number>;
  return {
    eventF1: keep(floors?.eventF1, actual.eventF1),
    slotMicroF1: keep(floors?.slotMicroF1, actual.slotMicroF1),
    mentionF1: per(floors?.mentionF1, actual.mentionF1),
    normalization: per(floors?.normalization, actual.normalization),
  };
}
