/**
 * Text checks (ANNOTATION.md §2): every `text` and `evidence` copied
 * character for character from the document; a mention listed once per
 * distinct text; a mention that the scoring rules leave with no occurrence.
 */
import { scoreKey } from '../fold.js';
import { MENTION_CATEGORIES, type GoldFile, type MentionCategory } from '../gold.js';
import { goldOccurrences } from '../occurrences.js';
import type { SearchableText } from '../searchable.js';
import type { IssueList } from './issues.js';
import { evidences, items } from './walk.js';

function checkCopied(doc: SearchableText, path: string, text: string, issues: IssueList): void {
  if (doc.text.includes(text)) return;
  if (doc.find(text).length > 0) issues.error(path, `"${text}" is not copied character for character (found only when case, accents, apostrophes or quotes are folded)`);
  else issues.error(path, `"${text}" is not in the document`);
}

export function checkTexts(doc: SearchableText, gold: GoldFile, issues: IssueList): void {
  for (const item of items(gold)) checkCopied(doc, `${item.path}.text`, item.value.text, issues);
  gold.events.forEach((e, i) => {
    for (const ev of evidences(e, i)) checkCopied(doc, ev.path, ev.text, issues);
  });
  checkListedOnce(gold, issues);
  checkCounted(doc, gold, issues);
}

function checkListedOnce(gold: GoldFile, issues: IssueList): void {
  const firstSeen = new Map<string, { category: MentionCategory; index: number }>();
  for (const category of MENTION_CATEGORIES) {
    gold.mentions[category].forEach((m, index) => {
      const key = scoreKey(m.text);
      const seen = firstSeen.get(key);
      const path = `mentions.${category}[${index}].text`;
      if (!seen) firstSeen.set(key, { category, index });
      else if (seen.category === category) {
        const first = gold.mentions[category][seen.index]!.text;
        if (first === m.text) issues.error(path, `"${m.text}" is listed again (first at mentions.${category}[${seen.index}]); a mention is listed once per distinct text`);
        else issues.warn(path, `"${m.text}" is redundant: it folds to the same text as "${first}" (mentions.${category}[${seen.index}]), whose occurrences already include it`);
      }
      else issues.warn(path, `"${m.text}" is also listed in mentions.${seen.category}[${seen.index}]: every occurrence counts in both categories`);
    });
  }
}

/** A mention whose every occurrence is excluded by the scoring rules counts nowhere. */
function checkCounted(doc: SearchableText, gold: GoldFile, issues: IssueList): void {
  const occ = goldOccurrences(doc, gold.mentions);
  for (const category of MENTION_CATEGORIES) {
    const counted = new Set<unknown>(occ[category].map((o) => o.mention));
    const keys = new Set<string>();
    gold.mentions[category].forEach((m, index) => {
      const key = scoreKey(m.text);
      const repeated = keys.has(key);
      keys.add(key);
      if (repeated || counted.has(m) || !doc.text.includes(m.text)) return;
      const path = `mentions.${category}[${index}].text`;
      if (doc.find(m.text).length > 0) {
        issues.warn(path, `"${m.text}" counts nowhere: each occurrence lies inside a longer gold mention (of this category, or actor/place of the other)`);
      } else if (doc.find(m.text, { inDateline: true }).length > 0) issues.error(path, `"${m.text}" occurs only in the dateline, which is metadata, not a mention`);
      else issues.error(path, `"${m.text}" never occurs at word boundaries (only inside longer words), so it counts nowhere`);
    });
  }
}
