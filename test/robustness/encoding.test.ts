/**
 * Broken encodings: bytes that are not UTF-8 (read as Windows-1252 by the
 * command line), UTF-8 read as Windows-1252 or Latin-1 (repaired, with
 * spans still in the input as given), and the mis-decodings only warned about.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { decodeText, decodeWindows1252, repairMojibake } from '../../src/text/encoding.js';
import { frenchLike, RUNS, SEED, unicodeMess } from './arbitraries.js';
import { checkContract } from './contract-check.js';

/** What a program that reads UTF-8 as Windows-1252 shows. */
const misdecode = (text: string) => decodeWindows1252(new TextEncoder().encode(text));
const wellFormed = (s: string) => s.replace(/[\ud800-\udfff]/g, (c, i: number, all: string) => (/[\ud800-\udbff][\udc00-\udfff]/.test(all.slice(i, i + 2)) || /[\ud800-\udbff][\udc00-\udfff]/.test(all.slice(i - 1, i + 1)) ? c : '?'));

describe('bytes to text (command line)', () => {
  it('reads valid UTF-8 as UTF-8, keeping a byte order mark', () => {
    expect(decodeText(new TextEncoder().encode('\ufeffL’armée a tiré.'))).toEqual({ text: '\ufeffL’armée a tiré.', encoding: 'utf-8' });
  });

  it('reads other bytes as Windows-1252, with its quotes, œ and €', () => {
    const bytes = Uint8Array.from([0x4c, 0x92, 0x61, 0x72, 0x6d, 0xe9, 0x65, 0x20, 0x9c, 0x80, 0x85, 0x81]);
    expect(decodeText(bytes)).toEqual({ text: 'L’armée œ€…\u0081', encoding: 'windows-1252' });
  });
});

describe('UTF-8 read as Windows-1252', () => {
  it.each([
    ['confirmÃ©', 'confirmé'],
    ['lâ€™armÃ©e', 'l’armée'],
    ['Â« la quatriÃ¨me Â»', '« la quatrième »'],
    ['Ã‰tat islamique', 'État islamique'],
    ['ðŸš€ tirÃ©', '🚀 tiré'],
    ['plain ASCII', null],
    ['déjà vu à Gaza', null],
    ['Ã', null],
    ['Ã©t', 'ét'],
  ])('repairs %j', (broken, repaired) => {
    const r = repairMojibake(broken);
    expect(r?.text ?? null).toBe(repaired);
    if (r) for (let i = 0; i < r.text.length; i++) expect(r.srcEnd[i]! > r.srcStart[i]! && r.srcEnd[i]! <= broken.length).toBe(true);
  });

  it('gives back the original of any mis-decoded text', () => {
    fc.assert(
      fc.property(fc.oneof(frenchLike, unicodeMess).map(wellFormed), (text) => {
        const broken = misdecode(text);
        expect(repairMojibake(broken)?.text ?? broken).toBe(text);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('gives analyze() the same events as the text decoded right, with spans in the broken input', () => {
    const text = 'Samedi, la Résistance islamique en Irak a revendiqué une attaque de drones contre la base. Le ministère a confirmé la quatrième frappe, qui a tué deux soldats à Erbil.';
    const broken = misdecode(text);
    const good = analyze(text, { referenceDate: '2024-01-13' });
    const repaired = checkContract(broken, { referenceDate: '2024-01-13' })!;
    expect(repaired.warnings.map((w) => w.code)).toContain('encoding-repaired');
    const shape = (r: typeof good) => r.events.map((e) => [e.type, e.attackTypes, e.actor?.id, e.killed?.value, e.places.map((p) => p.name)]);
    expect(shape(repaired)).toEqual(shape(good));
    expect(repaired.events[0]!.evidence.text).toBe(misdecode(good.events[0]!.evidence.text));
  });

  it('is repaired inside HTML too, spans going through both maps', () => {
    const html = '<p>La RÃ©sistance islamique en Irak a revendiquÃ© une attaque de drones contre Eilat&nbsp;: trois drones.</p>';
    const r = checkContract(html, { language: 'fr', referenceDate: '2024-01' })!;
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['html-converted', 'encoding-repaired']));
    expect(r.mentions.actors.map((a) => [a.text, a.id])).toEqual([['La RÃ©sistance islamique en Irak', 'resistance-islamique-en-irak']]);
    expect(r.events.map((e) => e.trigger.text)).toEqual(['revendiquÃ©']);
  });

  it('keeps analyze()\'s contract on mis-decoded French-like text', () => {
    fc.assert(fc.property(frenchLike.map(misdecode), (broken) => void checkContract(broken, { language: 'fr', referenceDate: '2024-11' })), { numRuns: RUNS, seed: SEED });
  }, 60_000 + RUNS * 40);
});

describe('mis-decodings that are only warned about', () => {
  it.each([
    ['Windows-1250', 'La Résistance a confirmĂ© la quatriĂ¨me attaque, a indiquĂ© le communiquĂ©.'],
    ['code page 850', 'La quatriÚme attaque et la cinquiÚme frappe ont visé la base.'],
  ])('%s', (_name, text) => {
    const r = checkContract(text, { language: 'fr' })!;
    expect(r.warnings.map((w) => w.code)).toContain('encoding-suspect');
    expect(r.warnings.map((w) => w.code)).not.toContain('encoding-repaired');
  });
});
