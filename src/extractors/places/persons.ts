/**
 * Surnames of the document: capitalized words after a title or a first name
 * (`le secrétaire Lloyd Austin`, `Joe Biden`, `le général Kenneth McKenzie`).
 * A later `Austin` alone is the same person, not the Texan city.
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind } from '../../text/tokens.js';
import { capitalTokens } from './capitals.js';
import { placeLexicon } from './lexicon.js';
import { isCapitalized } from './spans.js';
import { tokenKeys } from './token-keys.js';
import { isArticle } from './translit.js';
import { WordClass, wordClasses } from './word-classes.js';

const MAX_NAME_WORDS = 4;

export function documentSurnames(doc: Doc): Set<string> {
  const lex = placeLexicon();
  const out = new Set<string>();
  const t = doc.tokens;
  const tk = tokenKeys(doc);
  const classes = wordClasses(doc);
  for (const j of capitalTokens(doc)) {
    // Walk back over the capitalized words (and articles) of the name to what precedes it.
    let i = j - 1;
    let firstCapital = j;
    for (let n = 0; n < MAX_NAME_WORDS && i >= 0 && t.kind[i] === TokenKind.Word && !t.newlineBefore[i + 1]; n++, i--) {
      if (isCapitalized(doc, i)) firstCapital = i;
      else if ((classes[i]! & WordClass.Article) === 0 || !isArticle(tk(i))) break;
    }
    const titled = i >= 0 && (classes[i]! & WordClass.Title) !== 0 && t.kind[i] === TokenKind.Word && !t.newlineBefore[i + 1] && lex.titles.has(tk(i));
    const cue = titled || (firstCapital < j && (classes[firstCapital]! & WordClass.FirstName) !== 0 && lex.firstNames.has(tk(firstCapital)));
    if (cue) out.add(tk(j));
  }
  return out;
}
