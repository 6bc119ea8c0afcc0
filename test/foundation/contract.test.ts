/**
 * The public contract of analyze() and extractEvents() (ANNOTATION.md §1):
 * valid results, exact offsets, determinism, typed errors.
 */
import { describe, expect, it } from 'vitest';
import {
  analysisJsonSchema,
  AnalysisSchema,
  analyze,
  eventsJsonSchema,
  EventSchema,
  extractEvents,
  InputTooLargeError,
  InvalidReferenceDateError,
  UnreadableInputError,
  UnsupportedLanguageError,
} from '../../src/index.js';
import { seeds } from '../helpers/seeds.js';
import { collectSpans } from '../helpers/spans.js';

const FRENCH = 'Samedi 16 novembre, la Résistance irakienne a annoncé avoir attaqué une cible à Eilat, à l’aide de drones.';
const ENGLISH =
  'The United States and Iraq have agreed to begin negotiations on ending the presence of the military coalition led by the United States in Iraq, officials said on Friday.';

describe('every seed', () => {
  for (const seed of seeds()) {
    describe(seed.name, () => {
      const result = analyze(seed.text, { referenceDate: seed.referenceDate });

      it('gives a result valid against the schema', () => {
        const parsed = AnalysisSchema.safeParse(result);
        expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
      });

      it('gives spans that are exact slices of the input', () => {
        const spans = collectSpans(result);
        expect(spans.length).toBeGreaterThan(0);
        for (const s of spans) expect(seed.text.slice(s.start, s.end), s.path).toBe(s.text);
      });

      it('gives the same output on every run', () => {
        expect(analyze(seed.text, { referenceDate: seed.referenceDate })).toEqual(result);
      });

      it('gives the events of analyze() from extractEvents()', () => {
        const events = extractEvents(seed.text, { referenceDate: seed.referenceDate });
        expect(events).toEqual(result.events);
        for (const e of events) expect(EventSchema.safeParse(e).success).toBe(true);
      });
    });
  }
});

describe('reference date', () => {
  it('is read from the machine dateline, which holds no mention', () => {
    const r = analyze(` date 2024-11 ${FRENCH}`);
    expect(r.referenceDate).toBe('2024-11');
    expect(r.referenceDateSource).toBe('dateline');
    expect(r.dateline).toEqual({ start: 1, end: 13, text: 'date 2024-11' });
    expect(r.sentences[0]!.text.startsWith('Samedi')).toBe(true);
  });

  it('is read from a press dateline', () => {
    expect(analyze(`BAGDAD, 12 mars 2024 (AFP) - ${FRENCH}`).referenceDate).toBe('2024-03-12');
    expect(analyze(`Publié le 05/02/2023 à 10h12\n${FRENCH}`).referenceDate).toBe('2023-02-05');
  });

  it('given as an option wins over the dateline', () => {
    const r = analyze(` date 2024-11 ${FRENCH}`, { referenceDate: '2024-11-20' });
    expect(r.referenceDate).toBe('2024-11-20');
    expect(r.referenceDateSource).toBe('option');
  });

  it('accepts a Date, and null for none', () => {
    expect(analyze(FRENCH, { referenceDate: new Date(Date.UTC(2024, 10, 16)) }).referenceDate).toBe('2024-11-16');
    const none = analyze(` date 2024-11 ${FRENCH}`, { referenceDate: null });
    expect(none.referenceDate).toBeNull();
    expect(none.referenceDateSource).toBeNull();
  });

  it.each(['2024-13', '2024-02-30', 'hier', '16/11/2024', '', 20241116, {}, new Date('nonsense')])(
    'rejects %j with a RangeError that shows the accepted forms',
    (value) => {
      const call = () => analyze(FRENCH, { referenceDate: value as never });
      expect(call).toThrow(RangeError);
      expect(call).toThrow(InvalidReferenceDateError);
      expect(call).toThrow(/YYYY-MM-DD/);
    },
  );
});

describe('bad input', () => {
  it.each([undefined, null, 42, {}, ['texte'], Buffer.from('texte')])('throws a TypeError naming the argument for %j', (value) => {
    expect(() => analyze(value as never)).toThrow(TypeError);
    expect(() => analyze(value as never)).toThrow(/text must be a string/);
    expect(() => extractEvents(value as never)).toThrow(TypeError);
  });

  it.each(['', '   ', '\n\n\t ', '\u00a0\u202f'])('gives no events for empty text %j', (text) => {
    const r = analyze(text);
    expect(r.events).toEqual([]);
    expect(r.sentences).toEqual([]);
    expect(AnalysisSchema.safeParse(r).success).toBe(true);
  });

  it('rejects text that is not French, naming the language', () => {
    expect(() => analyze(ENGLISH)).toThrow(UnsupportedLanguageError);
    try {
      analyze(ENGLISH);
    } catch (e) {
      expect((e as UnsupportedLanguageError).detected).toBe('eng');
      expect((e as Error).message).toMatch(/language: 'fr'/);
    }
  });

  it('reads non-French text as French when forced', () => {
    const r = analyze(ENGLISH, { language: 'fr' });
    expect(r.warnings.map((w) => w.code)).toContain('language-forced');
  });

  it('rejects input longer than maxLength with a typed error', () => {
    expect(() => analyze(FRENCH, { maxLength: 20 })).toThrow(InputTooLargeError);
    expect(() => analyze(FRENCH, { maxLength: FRENCH.length })).not.toThrow();
  });

  it('rejects binary data', () => {
    const junk = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 7919) % 32));
    expect(() => analyze(junk)).toThrow(UnreadableInputError);
    expect(() => analyze(`PK\u0003\u0004\u0000\u0000${FRENCH}`)).toThrow(UnreadableInputError);
  });

  it('repairs UTF-8 read as Windows-1252, with spans in the input as given', () => {
    const text = 'La Résistance a confirmÃ© la quatriÃ¨me attaque contre la base, a indiquÃ© le communiquÃ©.';
    const r = analyze(text, { language: 'fr' });
    expect(r.warnings.map((w) => w.code)).toContain('encoding-repaired');
    expect(r.warnings.map((w) => w.code)).not.toContain('encoding-suspect');
    for (const s of collectSpans(r)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['attack', 'attaque']]);
  });

  it('warns about a mis-decoding it does not repair', () => {
    const r = analyze('La Résistance a confirmĂ© la quatriĂ¨me attaque contre la base, a indiquĂ© le communiquĂ©.', { language: 'fr' });
    expect(r.warnings.map((w) => w.code)).toContain('encoding-suspect');
  });

  it('rejects bad options with clear errors', () => {
    expect(() => analyze(FRENCH, { language: 'en' as never })).toThrow(RangeError);
    expect(() => analyze(FRENCH, { maxLength: -1 })).toThrow(RangeError);
    expect(() => analyze(FRENCH, 'fr' as never)).toThrow(TypeError);
  });

  it('does not change the options it is given', () => {
    const options = Object.freeze({ referenceDate: '2024-11' });
    expect(() => analyze(FRENCH, options)).not.toThrow();
  });
});

describe('HTML input', () => {
  const html = '<html><body><h1>Irak</h1><p>Samedi 16 novembre, la R&eacute;sistance irakienne a annonc&eacute; avoir attaqu&eacute; Eilat&nbsp;: des drones.</p><script>var x = "<p>non</p>";</script></body></html>';

  it('is converted to text, with spans pointing into the HTML', () => {
    const r = analyze(html, { referenceDate: '2024-11' });
    expect(r.warnings.map((w) => w.code)).toContain('html-converted');
    expect(r.sentences.map((s) => s.role)).toEqual(['headline', 'body']);
    for (const s of collectSpans(r)) expect(html.slice(s.start, s.end)).toBe(s.text);
    expect(r.sentences[1]!.text).toContain('R&eacute;sistance');
    expect(r.sentences.some((s) => s.text.includes('var x'))).toBe(false);
  });
});

describe('JSON Schema', () => {
  it('describes the analysis and the events', () => {
    const schema = analysisJsonSchema() as { type: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['language', 'referenceDate', 'sentences', 'mentions', 'events']));
    expect((eventsJsonSchema() as { type: string }).type).toBe('array');
  });
});
