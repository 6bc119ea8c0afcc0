/**
 * Typed errors of the public API. Each says what went wrong and what to do,
 * and carries a stable `code` that the command line maps to an exit code.
 */

/** Base class of the errors this library throws on purpose (not `TypeError`/`RangeError` for bad arguments). */
export class ConflitsFrError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The text is not French according to `franc`. Pass `{ language: 'fr' }` to process it anyway. */
export class UnsupportedLanguageError extends ConflitsFrError {
  /** ISO 639-3 code that franc detected (`eng`, `spa`, ...). */
  readonly detected: string;
  constructor(detected: string) {
    super(
      'UNSUPPORTED_LANGUAGE',
      `The text looks like "${detected}" (ISO 639-3), not French; this library only reads French. ` +
        `If it is French, pass { language: 'fr' } (command line: --language fr) to skip detection.`,
    );
    this.detected = detected;
  }
}

/** The input is longer than `options.maxLength`. Split it, or raise the limit. */
export class InputTooLargeError extends ConflitsFrError {
  readonly length: number;
  readonly maxLength: number;
  /** `atLeast`: `length` is a lower bound (a file refused from its size in bytes, before it is read). */
  constructor(length: number, maxLength: number, atLeast = false) {
    super(
      'INPUT_TOO_LARGE',
      `The text has ${atLeast ? 'at least ' : ''}${length} characters, more than maxLength (${maxLength}). ` +
        `Split it into articles, or pass a larger { maxLength } (command line: --max-length N).`,
    );
    this.length = length;
    this.maxLength = maxLength;
  }
}

/** The input is not text: binary data, or text whose encoding is broken beyond repair. */
export class UnreadableInputError extends ConflitsFrError {
  constructor(reason: string) {
    super('UNREADABLE_INPUT', `The input is not readable text: ${reason}. Decode the file as UTF-8 text before passing it.`);
  }
}

/** The `referenceDate` option is not one of the accepted forms. */
export class InvalidReferenceDateError extends RangeError {
  readonly code = 'INVALID_REFERENCE_DATE';
  constructor(value: unknown) {
    super(
      `Invalid referenceDate ${JSON.stringify(value)}: expected a calendar date as "YYYY", "YYYY-MM" or "YYYY-MM-DD" ` +
        `(for example "2024-11" or "2024-11-16"), a Date object, or null for none.`,
    );
    this.name = 'InvalidReferenceDateError';
  }
}
