/**
 * Any string must work: odd characters, huge repetitions, cue words with
 * nothing after them. Every mention keeps the contract: its text is its
 * span, its value a real calendar value at its precision.
 */
import { describe, expect, it } from 'vitest';
import { analyze, CalendarValueSchema } from '../../src/index.js';
import { parseCalendarValue } from '../../src/calendar/calendar.js';

const ODD = [
  '😀 samedi 🎉 16 novembre 2024 👍',
  'السبت 16 نوفمبر, puis samedi 16 novembre',
  '\ud800 mardi \udc00 12 mars \ud83d',
  'depuis depuis depuis d’ici d’ici jusqu’en jusqu’en au plus tard en',
  '2024-13-45 32/13/2024 00.00.0000 31 février 2023 29 février 2023 0 mars',
  'mi- fin- début- -mi -fin la fin de la fin de la fin de l’',
  'il y a il y a il y a dans dans dans',
  '1er 1er 1er premier premier premier',
  'samedi '.repeat(20_000),
  'le 3 et le '.repeat(20_000) + '5 mars',
  'mi-'.repeat(30_000) + 'octobre',
  'depuis le début de la fin de la mi-'.repeat(5_000),
  'dans la nuit de mardi à '.repeat(10_000),
  'fin de '.repeat(20_000) + "l'année",
  '2024 '.repeat(20_000),
  'a'.repeat(100_000),
  '-'.repeat(100_000),
  "'".repeat(100_000),
  'en 2014 et 2015 et 2016 et '.repeat(5_000),
];

describe('dates on odd input', () => {
  it.each(ODD.map((t) => [t.length > 60 ? `${t.slice(0, 60)}… (${t.length} chars)` : t, t]))('%s', (_label, text) => {
    const problems: string[] = [];
    for (const ref of ['2024-11-16', '2024-11', '2024', null]) {
      const r = analyze(text, { referenceDate: ref, language: 'fr' });
      for (const d of r.mentions.dates) {
        if (text.slice(d.start, d.end) !== d.text) problems.push(`span ${d.start}-${d.end} is not "${d.text}"`);
        if (d.value === null) continue;
        if (!CalendarValueSchema.safeParse(d.value).success || parseCalendarValue(d.value) === null) problems.push(`bad value ${d.value}`);
        if (d.value.length !== { year: 4, month: 7, day: 10 }[d.precision]) problems.push(`${d.value} is not at precision ${d.precision}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('gives the same output twice', () => {
    const text = 'Samedi 16 novembre, la milice a attaqué. Jeudi, puis depuis la mi-octobre et d’ici 2025.';
    expect(analyze(text, { referenceDate: '2024-11' }).mentions.dates).toEqual(analyze(text, { referenceDate: '2024-11' }).mentions.dates);
  });

  it('reads decomposed accents (NFD) as their composed forms', () => {
    const composed = 'Dès 2025, la mission a été prolongée jusqu’en février 2026 ; elle avait été attaquée le 3 décembre.';
    const dates = (text: string) => analyze(text, { referenceDate: '2024-11-16' }).mentions.dates.map((d) => [d.value, d.mod, d.text.normalize('NFC')]);
    expect(dates(composed.normalize('NFD'))).toEqual(dates(composed));
    expect(dates(composed).length).toBe(3);
  });

  it('keeps nothing from the dateline', () => {
    const r = analyze(' date 2024-11 Samedi 16 novembre, la milice a attaqué une base.');
    expect(r.mentions.dates.map((d) => d.text)).toEqual(['Samedi 16 novembre']);
    expect(r.mentions.dates[0]!.value).toBe('2024-11-16');
  });

  it('reads the reference date from a press dateline', () => {
    const r = analyze('BAGDAD, 12 mars 2024 (AFP) - Des roquettes ont visé la base mardi.');
    expect(r.mentions.dates.map((d) => [d.text, d.value])).toEqual([['mardi', '2024-03-12']]);
  });
});
