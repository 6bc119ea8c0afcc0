/**
 * The extractor's budget: 5 MB of news well under 200 ms on one core. CI
 * machines are shared, so the test allows a wide margin: it is here to catch
 * a super-linear pass, not to time the library.
 */
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extractors/dates/extract.js';
import { resolveOptions } from '../../src/options.js';
import { RunState } from '../../src/pipeline/state.js';
import { STAGES } from '../../src/pipeline/stages.js';

const PARAGRAPH =
  "Samedi 16 novembre, la milice a annoncé avoir attaqué une base à l'aide de drones. Le plan prévoit le départ de centaines de soldats d'ici 2025. " +
  "Des responsables ont déclaré le 27 septembre que la première phase a commencé en novembre et se déroulera jusqu'en septembre 2025. " +
  "Plus de 2000 soldats restent déployés depuis la mi-octobre, et les attaques se sont intensifiées à la fin de l'année dernière, il y a près d'un an. " +
  "Tard mardi, plusieurs drones ont visé la base ; mercredi dernier, le comité a dénoncé l'accord signé en janvier 2020 au sommet de 2014.\n";

function docOf(text: string) {
  const state = new RunState(text, resolveOptions({ referenceDate: '2024-11-16', language: 'fr' }));
  for (const stage of STAGES) {
    if (stage.name === 'dates') break;
    stage.run(state);
  }
  return state.doc();
}

describe('dates performance', () => {
  it('reads 5 MB of dense news in well under a second', () => {
    const doc = docOf(PARAGRAPH.repeat(Math.ceil(5_000_000 / PARAGRAPH.length)));
    extractDates(doc);
    const t0 = performance.now();
    const mentions = extractDates(doc);
    const ms = performance.now() - t0;
    expect(mentions.length).toBeGreaterThan(100_000);
    expect(ms).toBeLessThan(1500);
  });
});
