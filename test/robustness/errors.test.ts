/**
 * Typed errors and limits: each error of the library is exported, extends
 * ConflitsFrError (InvalidReferenceDateError: RangeError) with a stable code
 * and a message that says what to do, and the command line maps each code to
 * its own exit code.
 */
import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeOf } from '../../src/cli/exit-codes.js';
import {
  analyze,
  ConflitsFrError,
  DEFAULT_MAX_LENGTH,
  InputTooLargeError,
  InvalidReferenceDateError,
  UnreadableInputError,
  UnsupportedLanguageError,
} from '../../src/index.js';

const FRENCH = 'Samedi, la Résistance islamique en Irak a revendiqué une attaque de drones contre la base.';

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('did not throw');
}

describe('typed errors', () => {
  const cases = [
    ['UnsupportedLanguageError', () => analyze('The United States and Iraq agreed on Friday to start talks on the end of the coalition mission in the country.'), UnsupportedLanguageError, 'UNSUPPORTED_LANGUAGE', /language: 'fr'/, EXIT.UNSUPPORTED_LANGUAGE],
    ['InputTooLargeError', () => analyze(FRENCH, { maxLength: 10 }), InputTooLargeError, 'INPUT_TOO_LARGE', /Split it into articles, or pass a larger \{ maxLength \}/, EXIT.INPUT_TOO_LARGE],
    ['UnreadableInputError', () => analyze(`\u0000${FRENCH}`), UnreadableInputError, 'UNREADABLE_INPUT', /Decode the file as UTF-8/, EXIT.UNREADABLE_INPUT],
  ] as const;

  it.each(cases)('%s extends ConflitsFrError, with a code, advice, and its own exit code', (name, call, type, code, advice, exit) => {
    const e = thrown(call);
    expect(e).toBeInstanceOf(type);
    expect(e).toBeInstanceOf(ConflitsFrError);
    expect(e.name).toBe(name);
    expect((e as ConflitsFrError).code).toBe(code);
    expect(e.message).toMatch(advice);
    expect(exitCodeOf(e)).toBe(exit);
  });

  it('InvalidReferenceDateError is a RangeError showing the accepted forms, a usage error on the command line', () => {
    const e = thrown(() => analyze(FRENCH, { referenceDate: '16/11/2024' }));
    expect(e).toBeInstanceOf(InvalidReferenceDateError);
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toMatch(/"YYYY", "YYYY-MM" or "YYYY-MM-DD"/);
    expect(exitCodeOf(e)).toBe(EXIT.USAGE);
  });

  it('every exit code is distinct', () => {
    const codes = Object.values(EXIT);
    expect(new Set(codes).size).toBe(codes.length);
    expect(exitCodeOf(new Error('a bug'))).toBe(EXIT.INTERNAL);
    expect(exitCodeOf(Object.assign(new Error('gone'), { code: 'ENOSPC' }))).toBe(EXIT.IO);
    expect(exitCodeOf(Object.assign(new Error('closed'), { code: 'EPIPE' }))).toBe(EXIT.BROKEN_PIPE);
  });
});

describe('maxLength', () => {
  it('is 20,000,000 UTF-16 units by default, and a longer input is refused before any work', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(20_000_000);
    // NUL characters would fail the readability check: the length check comes before it, and before any stage.
    const huge = '\u0000'.repeat(DEFAULT_MAX_LENGTH + 1);
    const e = thrown(() => analyze(huge));
    expect(e).toBeInstanceOf(InputTooLargeError);
    expect((e as InputTooLargeError).length).toBe(DEFAULT_MAX_LENGTH + 1);
    expect((e as InputTooLargeError).maxLength).toBe(DEFAULT_MAX_LENGTH);
  });

  it('counts UTF-16 units: an input exactly at the limit is read', () => {
    const text = `${FRENCH} 🚀`;
    expect(analyze(text, { maxLength: text.length, language: 'fr' }).sentences.at(-1)!.end).toBe(text.length);
    expect(() => analyze(text, { maxLength: text.length - 1 })).toThrow(InputTooLargeError);
  });
});
