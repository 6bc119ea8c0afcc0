/**
 * Mention counts of one category and the measures they give: detection
 * P/R/F1 (a prediction is found when it overlaps a gold occurrence) and
 * normalization accuracy (found predictions whose value is right).
 */
import type { Prf } from './metrics.js';

export interface MentionCounts {
  predicted: number;
  /** Predicted mentions overlapping a gold occurrence. */
  found: number;
  /** Gold occurrences. */
  gold: number;
  /** Gold occurrences overlapped by a prediction. */
  goldFound: number;
  /** Found predictions whose value agrees with a gold mention they overlap. */
  valueRight: number;
}

export interface MentionMeasures extends Prf {
  /** valueRight / found; null when no prediction was found (nothing to judge). */
  normalization: number | null;
}

export const zeroMentionCounts = (): MentionCounts => ({ predicted: 0, found: 0, gold: 0, goldFound: 0, valueRight: 0 });

export function addMentionCounts(a: MentionCounts, b: MentionCounts): MentionCounts {
  return {
    predicted: a.predicted + b.predicted,
    found: a.found + b.found,
    gold: a.gold + b.gold,
    goldFound: a.goldFound + b.goldFound,
    valueRight: a.valueRight + b.valueRight,
  };
}

/** With nothing predicted and nothing to find, P, R and F1 are 1 (nothing was wrong). */
export function mentionPrf(c: MentionCounts): MentionMeasures {
  const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.found / c.predicted;
  const recall = c.gold === 0 ? (c.predicted === 0 ? 1 : 0) : c.goldFound / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, normalization: c.found === 0 ? null : c.valueRight / c.found };
}
