import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { esc } from '../../src/eval/report/escape.js';
import { highlightText } from '../../src/eval/report/highlight.js';
import { reportHtml } from '../../src/eval/report/page.js';
import { evaluate } from '../../src/eval/run.js';
import { gold } from './builders.js';
import { demoEvaluation } from './report-demo.js';

const mark = (start: number, end: number, className: string, marker = '') => ({ start, end, className, title: className, marker });

describe('highlighted text', () => {
  it.each([
    ['no span', 'abc', [], 'abc'],
    ['one span', 'abcde', [mark(1, 3, 'x')], 'a<mark class="x" title="x">bc</mark>de'],
    ['a marker after the span', 'abcde', [mark(1, 3, 'x', '+')], 'a<mark class="x" title="x">bc</mark><sup class="x mk">+</sup>de'],
    ['nested spans, outer first', 'abcde', [mark(1, 3, 'in'), mark(0, 5, 'out')], '<mark class="out" title="out">a</mark><mark class="out" title="out"><mark class="in" title="in">bc</mark></mark><mark class="out" title="out">de</mark>'],
    ['overlapping spans', 'abcd', [mark(0, 2, 'p'), mark(1, 4, 'q')], '<mark class="p" title="p">a</mark><mark class="q" title="q"><mark class="p" title="p">b</mark></mark><mark class="q" title="q">cd</mark>'],
    ['spans out of the text are dropped', 'ab', [mark(1, 9, 'x'), mark(2, 2, 'y')], 'ab'],
    ['text is escaped', '<b>&"', [mark(0, 3, 'x"><script>')], '<mark class="x&quot;&gt;&lt;script&gt;" title="x&quot;&gt;&lt;script&gt;">&lt;b&gt;</mark>&amp;&quot;'],
  ])('%s', (_, text, spans, html) => {
    expect(highlightText(text, spans)).toBe(html);
  });

  it('escapes lone surrogates and control characters', () => {
    expect(esc('a\ud800b\u0001c\u{1F642}')).toBe('a\ufffdb\ufffdc\u{1F642}');
  });
});

describe('HTML report', () => {
  const demo = demoEvaluation();
  const html = reportHtml('Demo evaluation of fixtures', demo);
  if (process.env.REPORT_DEMO) writeFileSync(process.env.REPORT_DEMO, html);

  it('is self-contained: no script, no external resource, network forbidden', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(|https?:/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('has the tables, the slot F1 chart, the legend and one section per document', () => {
    expect(html).toMatch(/<svg class="chart"[^>]*aria-label="Slot F1 \(%\)"/);
    for (const slot of ['attackTypes', 'places', 'slots (micro)']) expect(html).toContain(`class="label">${slot}</text>`);
    expect(html).toContain('class="legend"');
    expect(html.match(/<section class="doc"/g)).toHaveLength(demo.documents.length);
  });

  it('shows every mention status and every event outcome', () => {
    for (const status of ['right', 'wrong-value', 'spurious', 'missed']) expect(html).toMatch(new RegExp(`<mark class="m c-\\w+ s-${status}" title="`));
    for (const outcome of ['matched', 'missed', 'spurious']) expect(html).toContain(`class="ev ev-${outcome}"`);
    expect(html).toContain('≠ disagree');
  });

  it('escapes the documents and the gold (they are untrusted)', () => {
    const text = 'Attaque <script>alert(1)</script> à "Bagdad" & <img src=x onerror=alert(2)>.';
    const g = gold({ referenceDate: '2024-11', mentions: { places: [{ text: '"Bagdad"', name: '<b>Bagdad</b>', country: 'IQ' }] } });
    const page = reportHtml('<title>', evaluate([{ name: '<i>doc</i>', text, gold: g, textPath: 'x.txt', goldPath: 'x.gold.json' }]));
    expect(page).not.toMatch(/<script|<img|<b>Bagdad|<i>doc|onerror=alert\(2\)>/);
    expect(page).toContain('&lt;b&gt;Bagdad&lt;/b&gt;');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;i&gt;doc&lt;/i&gt;');
  });
});
