/**
 * Surnames of the document: capitalized words after a title or a first name
 * (`le secrétaire Lloyd Austin`, `Joe Biden`). A later `Austin` alone is the
 * same person, not the Texan city.
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind } from '../../text/tokens.js';
import { placeLexicon } from './lexicon.js';
import { isCapitalized } from './spans.js';
import { isArticle } from './translit.js';

const MAX_NAME_WORDS = 4;

export function documentSurnames(doc: Doc): Set<string> {
  const lex = placeLexicon();
  const out = new Set<string>();
  const t = doc.tokens;
  for (let i = t.indexAt(doc.bodyStart); i < t.count; i++) {
    if (t.kind[i] !== TokenKind.Word) continue;
    const k = t.key(i);
    const cue = lex.titles.has(k) || (lex.firstNames.has(k) && isCapitalized(doc, i));
    if (!cue) continue;
    let j = i + 1;
    for (let n = 0; n < MAX_NAME_WORDS && j < t.count && t.kind[j] === TokenKind.Word && !t.newlineBefore[j]; n++, j++) {
      const w = t.key(j);
      if (isCapitalized(doc, j)) out.add(w);
      else if (!isArticle(w)) break;
    }
  }
  return out;
}
