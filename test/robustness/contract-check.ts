/**
 * The contract every call of analyze() keeps, whatever the input, checked on
 * one input: it returns (or throws one of the typed errors the input calls
 * for); the result is valid against AnalysisSchema; every span lies inside
 * the input and is its exact slice; sentences are ordered, disjoint, and lose
 * no text; evidence is a sentence holding its trigger; and the same input
 * gives the same result, even after another document was analysed.
 */
import { isDeepStrictEqual } from 'node:util';
import { AnalysisSchema, analyze, ConflitsFrError, UnreadableInputError, UnsupportedLanguageError, type AnalyzeOptions, type Analysis } from '../../src/index.js';
import { collectSpans } from '../helpers/spans.js';

// Characters that make an input binary-looking: C0 controls but tab and line breaks, DEL and C1 but NEL, U+FFFD.
const CONTROL_RE = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffd]/;
// What the pipeline reads as a space (folding turns zero-width characters and the BOM into spaces).
const BLANK_RE = /[\s\u200b-\u200d\u2060\ufeff]/;

export class ContractBroken extends Error {}

function fail(message: string, input: string): never {
  throw new ContractBroken(`${message}\n  input (${input.length} chars): ${JSON.stringify(input.slice(0, 400))}`);
}

/** Whether an error thrown on `input` is one the contract allows, with a message that says what to do. */
function allowed(error: unknown, input: string, options: AnalyzeOptions): boolean {
  if (!(error instanceof ConflitsFrError) || error.message.length < 20) return false;
  if (error instanceof UnreadableInputError) return CONTROL_RE.test(input);
  if (error instanceof UnsupportedLanguageError) return options.language !== 'fr';
  return false;
}

/** Analyse `input` and check the contract; `other` is analysed between the two runs compared. */
export function checkContract(input: string, options: AnalyzeOptions, other = 'Trois roquettes ont visé la base mardi.'): Analysis | null {
  let result: Analysis;
  try {
    result = analyze(input, options);
  } catch (error) {
    if (allowed(error, input, options)) return null;
    fail(`analyze() threw ${(error as Error)?.name}: ${(error as Error)?.message}\n${(error as Error)?.stack?.split('\n').slice(1, 6).join('\n')}`, input);
  }

  const parsed = AnalysisSchema.safeParse(result);
  if (!parsed.success) fail(`result invalid against AnalysisSchema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`, input);

  // A repaired character may end with what reads as a space (`à` mis-decoded is `Ã` and a no-break space).
  const repaired = result.warnings.some((w) => w.code === 'encoding-repaired');
  for (const s of collectSpans(result)) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > input.length || s.start >= s.end) {
      fail(`span ${s.path} [${s.start}, ${s.end}) is not a non-empty range of the input`, input);
    }
    if (input.slice(s.start, s.end) !== s.text) fail(`span ${s.path} text ${JSON.stringify(s.text)} is not input.slice(${s.start}, ${s.end})`, input);
    if (!repaired && /^\s|\s$/.test(s.text)) fail(`span ${s.path} ${JSON.stringify(s.text)} starts or ends with a space`, input);
  }

  const sentences = result.sentences;
  for (let i = 1; i < sentences.length; i++) {
    if (sentences[i]!.start < sentences[i - 1]!.end) fail(`sentences ${i - 1} and ${i} overlap or are out of order`, input);
  }
  const sentenceKeys = new Set(sentences.map((s) => `${s.start}:${s.end}`));
  for (const [i, e] of result.events.entries()) {
    if (!sentenceKeys.has(`${e.evidence.start}:${e.evidence.end}`)) fail(`events[${i}].evidence is not a sentence`, input);
    if (e.trigger.start < e.evidence.start || e.trigger.end > e.evidence.end) fail(`events[${i}].trigger lies outside its evidence`, input);
  }
  // Through HTML or an encoding repair, input characters (a tag, `Â` of `Â\u00a0`) may become nothing or a space.
  if (!result.warnings.some((w) => w.code === 'html-converted' || w.code === 'encoding-repaired')) checkNothingLost(input, result);

  analyze(other, options);
  const again = analyze(input, options);
  if (!isDeepStrictEqual(again, result)) fail('a second run gave a different result', input);
  return result;
}

/** Every character of a plain-text input after its dateline belongs to a sentence, or is a space. */
function checkNothingLost(input: string, result: Analysis): void {
  const from = result.dateline?.end ?? 0;
  let s = 0;
  for (let i = from; i < input.length; i++) {
    while (s < result.sentences.length && result.sentences[s]!.end <= i) s++;
    const inside = s < result.sentences.length && result.sentences[s]!.start <= i;
    if (!inside && !BLANK_RE.test(input[i]!)) {
      fail(`character ${i} (${JSON.stringify(input[i])}, U+${input.charCodeAt(i).toString(16)}) is in no sentence`, input);
    }
  }
}
