/**
 * The stages that prepare the text before any extractor runs.
 */
import { UnsupportedLanguageError } from '../errors.js';
import { foldWithCodes } from '../text/fold.js';
import { htmlToText, looksLikeHtml } from '../text/html.js';
import { repairMojibake } from '../text/encoding.js';
import { checkLength, checkReadable, ENCODING_SUSPECT, looksMisdecoded } from '../text/input.js';
import { detectDateline } from '../text/dateline.js';
import { detectLanguage } from '../text/language.js';
import { splitSentences } from '../text/sentences.js';
import { Tokens } from '../text/tokens.js';
import type { RunState } from './state.js';

export function checkInputStage(state: RunState): void {
  checkLength(state.input, state.options.maxLength);
  if (state.input.trim().length === 0) {
    state.done = true;
    return;
  }
  state.warnings.push(...checkReadable(state.input));
}

export function prepareTextStage(state: RunState): void {
  const { html } = state.options;
  if (html === true || (html === 'auto' && looksLikeHtml(state.input))) {
    state.derived = htmlToText(state.input);
    state.text = state.derived.text;
    state.warnings.push({ code: 'html-converted', message: 'The input was read as HTML: tags were dropped and entities decoded.' });
  } else {
    state.text = state.input;
  }
  if (state.warnings.some((w) => w.code === 'encoding-suspect')) repairEncoding(state);
  const folded = foldWithCodes(state.text);
  state.folded = folded.text;
  state.foldedCodes = folded.codes;
  if (state.text.trim().length === 0) state.done = true;
}

/** UTF-8 read as Windows-1252 (`Ã©`) is decoded back; the map to the input goes through HTML's when there is one. */
function repairEncoding(state: RunState): void {
  const fixed = repairMojibake(state.text);
  if (!fixed) return;
  const outer = state.derived;
  state.derived = outer
    ? {
        text: fixed.text,
        srcStart: fixed.srcStart.map((a) => outer.srcStart[a]!),
        srcEnd: fixed.srcEnd.map((b, i) => (b > fixed.srcStart[i]! ? outer.srcEnd[b - 1]! : outer.srcEnd[b]!)),
      }
    : fixed;
  state.text = fixed.text;
  state.warnings = state.warnings.filter((w) => w.code !== 'encoding-suspect');
  state.warnings.push({
    code: 'encoding-repaired',
    message: `The text was UTF-8 read as Windows-1252 or Latin-1 ("Ã©" for "é"): ${fixed.count} sequences were decoded back; spans still point into the input as given.`,
  });
  // Other mis-decodings (`Ă©` of Windows-1250, `quatriÚme` of code page 850) are not repaired: they stay suspect.
  if (looksMisdecoded(fixed.text)) state.warnings.push(ENCODING_SUSPECT);
}

export function tokenizeStage(state: RunState): void {
  state.tokens = new Tokens(state.folded, state.foldedCodes ?? undefined);
  state.foldedCodes = null;
  if (state.tokens.count === 0) state.done = true;
}

export function readDatelineStage(state: RunState): void {
  const given = state.options.referenceDate;
  const dateline = detectDateline(state.folded);
  state.dateline = dateline;
  state.bodyStart = dateline?.end ?? 0;
  if (given !== undefined) {
    state.referenceDate = given;
    state.referenceDateSource = given === null ? null : 'option';
  } else if (dateline?.date) {
    state.referenceDate = dateline.date;
    state.referenceDateSource = 'dateline';
  } else {
    state.warnings.push({
      code: 'no-reference-date',
      message: 'No reference date was given or found in a dateline: relative dates (samedi, hier) have value null.',
    });
  }
}

export function detectLanguageStage(state: RunState): void {
  if (state.options.language === 'fr') {
    state.warnings.push({ code: 'language-forced', message: 'Language detection was skipped: the text is read as French.' });
    return;
  }
  const verdict = detectLanguage(state.text, state.tokens!, state.bodyStart);
  if (verdict.code === 'fra') return;
  if (verdict.code === 'und') {
    state.warnings.push({ code: 'language-uncertain', message: 'The text is too short to tell its language; it is read as French.' });
    return;
  }
  throw new UnsupportedLanguageError(verdict.code);
}

export function splitSentencesStage(state: RunState): void {
  const tokens = state.tokens!;
  state.sentences = splitSentences(state.text, state.folded, tokens, state.bodyStart);
  const map = new Int32Array(tokens.count).fill(-1);
  for (const s of state.sentences) map.fill(s.index, s.firstToken, s.endToken);
  state.sentenceOfToken = map;
}
