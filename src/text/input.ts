/**
 * The checks every input passes before any work: it is a string, it is not
 * too long, it is text rather than binary data, and its encoding is sound.
 */
import { InputTooLargeError, UnreadableInputError } from '../errors.js';
import type { Warning } from '../schema.js';

/** Default `maxLength`: 20 million UTF-16 units, about 20 MB of French text. */
export const DEFAULT_MAX_LENGTH = 20_000_000;
/** Share of control characters (other than tab and line breaks) above which an input is binary. */
const MAX_CONTROL_SHARE = 0.02;
const SAMPLE = 65_536;
// UTF-8 read as Latin-1/Windows-1252 (`Ã©`, `Ã¨`), as Windows-1250 (`Ă©`), or as code page 850 inside a word (`quatriÚme`).
const MOJIBAKE_RE = /Ã[\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u017d\u017e\u0178]|Ă[\u00a0-\u00bf]|[a-z]Ú[a-z]/g;
const MOJIBAKE_MIN = 2;
/** Every character the control count below counts, for one native scan of clean text. */
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffd]/;
/** The characters every mojibake sequence holds. */
const MOJIBAKE_LEADS = ['Ã', 'Ă', 'Ú'];

export function assertString(text: unknown, argument: string): asserts text is string {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    throw new TypeError(`${argument} must be a string of French text, got ${got}.`);
  }
}

export function checkLength(text: string, maxLength: number): void {
  if (text.length > maxLength) throw new InputTooLargeError(text.length, maxLength);
}

/** Throws on binary data; returns warnings for a suspect encoding. */
export function checkReadable(text: string): Warning[] {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let control = 0;
  for (let i = CONTROL_RE.test(sample) ? 0 : sample.length; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new UnreadableInputError('it contains NUL characters, as binary files do');
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0 && c !== 0x85)) control++;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE) {
    throw new UnreadableInputError(
      `${Math.round((100 * control) / sample.length)}% of its first characters are control or replacement characters`,
    );
  }
  return looksMisdecoded(sample) ? [ENCODING_SUSPECT] : [];
}

export const ENCODING_SUSPECT: Warning = {
  code: 'encoding-suspect',
  message:
    'The text looks mis-decoded (sequences such as "Ã©" or "quatriÚme"): accented words may not be recognised. ' +
    'Decode the source as UTF-8 before passing it.',
};

/** Whether the start of a text holds sequences of UTF-8 read in another encoding (`Ã©`, `Ă©`, `quatriÚme`). */
export function looksMisdecoded(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!MOJIBAKE_LEADS.some((c) => sample.includes(c))) return false;
  MOJIBAKE_RE.lastIndex = 0;
  let suspect = 0;
  while (MOJIBAKE_RE.exec(sample) !== null && suspect < MOJIBAKE_MIN) suspect++;
  return suspect >= MOJIBAKE_MIN;
}
