/**
 * HTML input: malformed markup, '<' in text, unclosed tags and comments,
 * huge attributes, entities cut by the end of the input (html-cases.json);
 * the offset map back into the HTML, on those cases and on generated HTML.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml, type Derived } from '../../src/text/html.js';
import { htmlLike, RUNS, SEED } from './arbitraries.js';
import { checkContract } from './contract-check.js';
import data from './html-cases.json' with { type: 'json' };

/** The map from plain text to HTML: ranges in order, inside the input, and a character copied as is comes from itself. */
function checkMap(html: string, d: Derived): void {
  expect(d.srcStart.length).toBe(d.text.length + 1);
  let previousEnd = 0;
  for (let i = 0; i < d.text.length; i++) {
    const [s, e] = [d.srcStart[i]!, d.srcEnd[i]!];
    if (!(s >= previousEnd && s < e && e <= html.length)) throw new Error(`plain character ${i} maps to [${s}, ${e}) after ${previousEnd}`);
    const source = html.slice(s, e);
    if (e - s === 1 && d.text[i] !== '\n' && source !== d.text[i]) throw new Error(`plain character ${i} ${JSON.stringify(d.text[i])} maps to ${JSON.stringify(source)}`);
    if (e - s > 1 && d.text[i] !== '\n' && !source.startsWith('&')) throw new Error(`plain character ${i} maps to ${JSON.stringify(source)}, neither itself nor an entity`);
    previousEnd = e;
  }
  expect(d.srcStart[d.text.length]).toBe(html.length);
}

describe('HTML to text', () => {
  it.each(data.cases.map((c) => [c.note, c] as const))('%s', (_note, c) => {
    const d = htmlToText(c.html);
    expect(d.text).toBe(c.text);
    checkMap(c.html, d);
    checkContract(c.html, { language: 'fr', html: true, referenceDate: '2024-11' });
  });

  it('is recognised from a known tag or an entity, not from a lone "<" or "&"', () => {
    expect(looksLikeHtml('<p>Texte</p>')).toBe(true);
    expect(looksLikeHtml('Les forces fran&ccedil;aises')).toBe(true);
    expect(looksLikeHtml('Si x < 3 & y > 2, rien.')).toBe(false);
    expect(looksLikeHtml('<'.repeat(100_000))).toBe(false);
  });

  it('keeps a map into the input on generated HTML', () => {
    fc.assert(
      fc.property(htmlLike, (html) => checkMap(html, htmlToText(html))),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('gives mentions that point into the HTML and read as the text does', () => {
    const html = '<article><h1>Irak</h1><p>Samedi 16 novembre, la R&eacute;sistance islamique en Irak a revendiqu&eacute; une attaque de drones contre Eilat&nbsp;: <b>trois</b> drones.</p></article>';
    const r = checkContract(html, { referenceDate: '2024-11' })!;
    expect(r.mentions.actors.map((a) => [a.text, a.id])).toContainEqual(['la R&eacute;sistance islamique en Irak', 'resistance-islamique-en-irak']);
    expect(r.mentions.dates.map((a) => a.text)).toEqual(['Samedi 16 novembre']);
    expect(r.events.map((e) => [e.type, e.attackTypes, e.trigger.text, e.actor?.id])).toEqual([['attack', ['drone'], 'revendiqu&eacute;', 'resistance-islamique-en-irak']]);
  });
});
