/**
 * A gold quantity whose words say another qualifier (or, for a vague plural,
 * another value) than the one annotated: `environ 2.500` is approx,
 * `des centaines` 200 min (ANNOTATION.md §5). Warnings: the text may say more
 * than its cue (`pas plus de`), which the annotator has read.
 */
import { scoreKey } from '../fold.js';
import type { GoldFile } from '../gold.js';
import type { IssueList } from './issues.js';
import lexicon from './qualifier-cues.json' with { type: 'json' };
import { items } from './walk.js';

interface Cue {
  cue: string;
  qualifier: string;
  value?: number;
}

const CUES: Cue[] = [...(lexicon.cues as Cue[])].sort((a, b) => b.cue.length - a.cue.length);

export function cueOf(text: string): Cue | undefined {
  const key = ` ${scoreKey(text)} `;
  return CUES.find((c) => key.includes(` ${c.cue} `));
}

export function checkQualifiers(gold: GoldFile, issues: IssueList): void {
  for (const item of items(gold)) {
    if (item.kind !== 'quantity') continue;
    const cue = cueOf(item.value.text);
    if (!cue) continue;
    if (cue.qualifier !== item.value.qualifier) issues.warn(`${item.path}.qualifier`, `"${item.value.text}" says ${cue.qualifier} ("${cue.cue}"), not ${item.value.qualifier} (§5)`);
    if (cue.value !== undefined && cue.value !== item.value.value) issues.warn(`${item.path}.value`, `"${item.value.text}" is ${cue.value} by §5 ("${cue.cue}"), not ${item.value.value}`);
  }
}
