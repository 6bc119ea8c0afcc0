/**
 * Hand-made scoring cases (ANNOTATION.md §7), run by one generic test: a
 * text, its gold, a prediction, and the counts and measures expected (a
 * subset of what `--json` prints for a document). Sentences written for
 * these tests, not taken from any corpus.
 */
import type { GoldFile } from '../../src/eval/gold.js';
import { goldAsAnalysis } from '../../src/eval/gold-analysis.js';
import type { Event, Mentions } from '../../src/schema.js';
import { event, gold, goldEvent, mentions } from './builders.js';

export interface ScorerCase {
  name: string;
  text: string;
  gold: GoldFile;
  predict: (text: string, gold: GoldFile) => { mentions?: Mentions; events?: Event[] };
  expect: Record<string, unknown>;
}

const T1 = " date 2024-11 Samedi 16 novembre, des drones ont visé la base d'Aïn al-Assad en Irak. Washington et Bagdad ont signé un accord le 27 septembre.";
const S1 = "Samedi 16 novembre, des drones ont visé la base d'Aïn al-Assad en Irak.";
const S2 = 'Washington et Bagdad ont signé un accord le 27 septembre.';
const G1 = gold({
  events: [
    goldEvent({
      type: 'attack',
      attackTypes: ['drone'],
      date: { text: 'Samedi 16 novembre', value: '2024-11-16', precision: 'day' },
      places: [{ text: "Aïn al-Assad", name: "Aïn al-Assad", country: 'IQ' }, { text: 'Irak', name: 'Irak', country: 'IQ' }],
      evidence: S1,
    }),
    goldEvent({
      type: 'agreement',
      date: { text: '27 septembre', value: '2024-09-27' },
      actor: { text: 'Washington', name: 'États-Unis' },
      target: { text: 'Bagdad', name: 'Irak' },
      evidence: S2,
    }),
  ],
  mentions: {
    dates: [{ text: 'Samedi 16 novembre', value: '2024-11-16' }, { text: '27 septembre', value: '2024-09-27' }],
    actors: [{ text: 'Washington', name: 'États-Unis' }, { text: 'Bagdad', name: 'Irak' }],
    places: [{ text: "Aïn al-Assad", name: "Aïn al-Assad", country: 'IQ' }, { text: 'Irak', name: 'Irak', country: 'IQ' }],
    attackTypes: [{ text: 'drones', value: 'drone' }],
  },
});
const attack = (text: string, extra: Partial<Parameters<typeof event>[1]> = {}) => event(text, { type: 'attack', evidence: S1, attackTypes: ['drone'], ...extra });
const agreement = (text: string, extra: Partial<Parameters<typeof event>[1]> = {}) =>
  event(text, { type: 'agreement', evidence: S2, date: { at: '27 septembre', value: '2024-09-27' }, ...extra });

const T2 = "Des roquettes sont tombées sur la Zone verte de Bagdad mardi. Deux soldats ont été tués et trois blessés à Bagdad.";
const S3 = 'Des roquettes sont tombées sur la Zone verte de Bagdad mardi.';

export const SCORER_CASES: ScorerCase[] = [
  {
    name: 'a perfect prediction scores 1 everywhere',
    text: T1,
    gold: G1,
    predict: goldAsAnalysis,
    expect: {
      mentions: { dates: { f1: 1, normalization: 1 }, actors: { f1: 1, normalization: 1 }, places: { f1: 1, normalization: 1 }, attackTypes: { f1: 1 }, quantities: { f1: 1, gold: 0, predicted: 0 } },
      events: { tp: 2, fp: 0, fn: 0, f1: 1 },
      slotMicro: { fp: 0, fn: 0, f1: 1 },
    },
  },
  {
    name: 'an empty prediction scores 0 recall (and 0 precision)',
    text: T1,
    gold: G1,
    predict: () => ({}),
    expect: {
      mentions: { dates: { gold: 2, goldFound: 0, recall: 0, precision: 0, normalization: null }, places: { gold: 2, recall: 0 } },
      events: { tp: 0, fp: 0, fn: 2, recall: 0, f1: 0 },
      slotMicro: { tp: 0, fp: 0, recall: 0 },
    },
  },
  {
    name: 'nothing to find and nothing predicted scores 1',
    text: 'Une phrase sans rien.',
    gold: gold({}),
    predict: () => ({}),
    expect: { mentions: { dates: { precision: 1, recall: 1, f1: 1, normalization: null } }, events: { precision: 1, recall: 1, f1: 1 }, slotMicro: { f1: 1 } },
  },
  {
    name: 'a spurious event lowers precision, not recall; its slots are false positives',
    text: T1,
    gold: gold({ events: [G1.events[0]!] }),
    predict: (t) => ({ events: [attack(t, { places: [{ at: "Aïn al-Assad", name: "Aïn al-Assad", country: 'IQ' }, { at: 'Irak', name: 'Irak', country: 'IQ' }], date: { at: 'Samedi 16 novembre', value: '2024-11-16' } }), agreement(t)] }),
    expect: { events: { tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 }, slots: { type: { tp: 1, fp: 1, fn: 0 }, date: { tp: 1, fp: 1, fn: 0 } } },
  },
  {
    name: 'a wrong date value in a slot is both a false positive and a false negative',
    text: T1,
    gold: gold({ events: [G1.events[1]!] }),
    predict: (t) => ({ events: [agreement(t, { date: { at: '27 septembre', value: '2023-09-27' } })] }),
    expect: { events: { tp: 1 }, slots: { date: { tp: 0, fp: 1, fn: 1 }, type: { tp: 1 } } },
  },
  {
    name: 'a wrong date value in a mention is found (detection) but not right (normalization)',
    text: T1,
    gold: gold({ mentions: { dates: [{ text: '27 septembre', value: '2024-09-27' }] } }),
    predict: (t) => ({ mentions: mentions(t, { dates: [{ at: '27 septembre', value: '2023-09-27', precision: 'day' }] }) }),
    expect: { mentions: { dates: { predicted: 1, found: 1, gold: 1, goldFound: 1, valueRight: 0, f1: 1, normalization: 0 } } },
  },
  {
    name: 'a mention overlapping a gold occurrence partly is found; a mention overlapping none is spurious',
    text: T1,
    gold: gold({ mentions: { places: [{ text: "Aïn al-Assad", name: "Aïn al-Assad", country: 'IQ' }] } }),
    predict: (t) => ({ mentions: mentions(t, { places: [{ at: "la base d'Aïn al-Assad", name: "base d'Aïn al-Assad", country: 'IQ', kind: 'site', lat: null, lon: null }, { at: 'Irak', name: 'Irak', country: 'IQ', kind: 'country', lat: null, lon: null }] }) }),
    expect: { mentions: { places: { predicted: 2, found: 1, goldFound: 1, precision: 0.5, recall: 1, valueRight: 1, normalization: 1 } } },
  },
  {
    name: 'places agree only with the same country',
    text: T1,
    gold: gold({ mentions: { places: [{ text: 'Irak', name: 'Irak', country: 'IQ' }] } }),
    predict: (t) => ({ mentions: mentions(t, { places: [{ at: 'Irak', name: 'Irak', country: null, kind: 'country', lat: null, lon: null }] }) }),
    expect: { mentions: { places: { found: 1, valueRight: 0 } } },
  },
  {
    name: 'quantities agree by value and kind',
    text: T2,
    gold: gold({ mentions: { quantities: [{ text: 'Deux soldats', kind: 'killed', value: 2, qualifier: 'exact' }, { text: 'trois', kind: 'injured', value: 3, qualifier: 'exact' }] } }),
    predict: (t) => ({ mentions: mentions(t, { quantities: [{ at: 'Deux soldats', kind: 'troops', value: 2, qualifier: 'exact' }, { at: 'trois', kind: 'injured', value: 3, qualifier: 'approx' }] }) }),
    expect: { mentions: { quantities: { found: 2, valueRight: 1, normalization: 0.5 } } },
  },
  {
    name: 'actors agree by id, by folded name, or by texts containing one another',
    text: T1,
    gold: gold({ mentions: { actors: [{ text: 'Washington', name: 'États-Unis', id: 'etats-unis' }, { text: 'Bagdad', name: 'Irak' }] } }),
    predict: (t) => ({
      mentions: mentions(t, { actors: [{ at: 'Washington', id: 'etats-unis', name: 'USA', kind: 'state' }, { at: 'Bagdad', id: 'iraq', name: 'IRAK', kind: 'state' }] }),
    }),
    expect: { mentions: { actors: { found: 2, valueRight: 2 } } },
  },
  {
    name: 'a predicted mention inside the machine dateline is not scored',
    text: T1,
    gold: gold({ mentions: { dates: [{ text: 'Samedi 16 novembre', value: '2024-11-16' }] } }),
    predict: (t) => ({ mentions: mentions(t, { dates: [{ at: '2024-11', value: '2024-11', precision: 'month' }, { at: 'Samedi 16 novembre', value: '2024-11-16', precision: 'day' }] }) }),
    expect: { mentions: { dates: { predicted: 1, found: 1, precision: 1 } } },
  },
  {
    name: 'the two parties of an agreement are compared in either order',
    text: T1,
    gold: gold({ events: [G1.events[1]!] }),
    predict: (t) => ({ events: [agreement(t, { actor: { at: 'Bagdad', name: 'Irak' }, target: { at: 'Washington', name: 'États-Unis' } })] }),
    expect: { slots: { actor: { tp: 1, fp: 0, fn: 0 }, target: { tp: 1, fp: 0, fn: 0 } }, slotMicro: { fp: 0, fn: 0 } },
  },
  {
    name: 'the actor and target of other events are not swapped',
    text: T1,
    gold: gold({ events: [goldEvent({ type: 'attack', attackTypes: ['drone'], actor: { text: 'Washington', name: 'États-Unis' }, target: { text: 'Bagdad', name: 'Irak' }, evidence: S1 })] }),
    predict: (t) => ({ events: [attack(t, { actor: { at: 'Bagdad', name: 'Irak' }, target: { at: 'Washington', name: 'États-Unis' } })] }),
    expect: { slots: { actor: { tp: 0, fp: 1, fn: 1 }, target: { tp: 0, fp: 1, fn: 1 } } },
  },
  {
    name: 'places are matched one to one: a repeated place is a false positive',
    text: T2,
    gold: gold({ events: [goldEvent({ type: 'attack', attackTypes: ['rocket'], places: [{ text: 'Bagdad', name: 'Bagdad', country: 'IQ' }], evidence: S3 })] }),
    predict: (t) => ({ events: [event(t, { type: 'attack', evidence: S3, attackTypes: ['rocket'], places: [{ at: 'Bagdad', name: 'Bagdad', country: 'IQ' }, { at: 'Bagdad', nth: 1, name: 'Bagdad', country: 'IQ' }] })] }),
    expect: { slots: { places: { tp: 1, fp: 1, fn: 0 } } },
  },
  {
    name: 'places are matched one to one as many as can be (a looser place does not take the only partner of another)',
    text: T2,
    gold: gold({
      events: [goldEvent({ type: 'attack', attackTypes: ['rocket'], places: [{ text: 'Bagdad', name: 'Bagdad', country: 'IQ' }, { text: 'Zone verte', name: 'Zone verte', country: 'IQ' }], evidence: S3 })],
    }),
    predict: (t) => ({
      events: [event(t, { type: 'attack', evidence: S3, attackTypes: ['rocket'], places: [{ at: 'Zone verte de Bagdad', name: 'Zone verte de Bagdad', country: 'IQ' }, { at: 'Bagdad', name: 'Bagdad', country: 'IQ' }] })],
    }),
    expect: { slots: { places: { tp: 2, fp: 0, fn: 0 } } },
  },
  {
    name: "the slots of a missed event count whole as false negatives",
    text: T2,
    gold: gold({
      events: [
        goldEvent({
          type: 'attack',
          attackTypes: ['rocket', 'artillery'],
          date: { text: 'mardi', value: '2024-11' },
          actor: { text: 'Bagdad', name: 'Irak' },
          target: { text: 'soldats', name: 'soldats' },
          places: [{ text: 'Zone verte', name: 'Zone verte', country: 'IQ' }, { text: 'Bagdad', name: 'Bagdad', country: 'IQ' }],
          killed: { text: 'Deux soldats', value: 2, qualifier: 'exact' },
          evidence: S3,
        }),
      ],
    }),
    predict: () => ({}),
    expect: { events: { fn: 1 }, slots: { type: { fn: 1 }, attackTypes: { fn: 2 }, places: { fn: 2 }, killed: { fn: 1 }, injured: { fn: 0 } }, slotMicro: { tp: 0, fp: 0, fn: 9 } },
  },
  {
    name: 'an event matches only a gold event of the same type whose evidence overlaps its own',
    text: T1,
    gold: gold({ events: [G1.events[0]!] }),
    predict: (t) => ({ events: [event(t, { type: 'attack', evidence: S2, attackTypes: ['drone'] }), event(t, { type: 'threat', evidence: S1 })] }),
    expect: { events: { tp: 0, fp: 2, fn: 1 }, slots: { type: { tp: 0, fp: 2, fn: 1 }, attackTypes: { fp: 1, fn: 1 } } },
  },
  {
    name: 'an evidence given as several sentences matches a prediction on any of them',
    text: T1,
    gold: gold({ events: [goldEvent({ type: 'agreement', evidence: [S1, S2] })] }),
    predict: (t) => ({ events: [event(t, { type: 'agreement', evidence: S2 })] }),
    expect: { events: { tp: 1, fp: 0, fn: 0 } },
  },
  {
    name: 'events are paired one to one, best slot agreement first',
    text: T2,
    gold: gold({
      events: [
        goldEvent({ type: 'attack', attackTypes: ['rocket'], places: [{ text: 'Zone verte', name: 'Zone verte', country: 'IQ' }], evidence: S3 }),
        goldEvent({ type: 'attack', attackTypes: ['rocket'], places: [{ text: 'Bagdad', name: 'Bagdad', country: 'IQ' }], killed: { text: 'Deux soldats', value: 2, qualifier: 'exact' }, evidence: S3 }),
      ],
    }),
    predict: (t) => ({
      events: [
        event(t, { type: 'attack', evidence: S3, attackTypes: ['rocket'], places: [{ at: 'Bagdad', nth: 1, name: 'Bagdad', country: 'IQ' }], killed: { at: 'Deux soldats', value: 2 } }),
        event(t, { type: 'attack', evidence: S3, attackTypes: ['rocket'], places: [{ at: 'Zone verte', name: 'Zone verte', country: 'IQ' }] }),
      ],
    }),
    expect: { events: { tp: 2 }, slots: { places: { tp: 2, fp: 0, fn: 0 }, killed: { tp: 1, fp: 0, fn: 0 } }, slotMicro: { fp: 0, fn: 0 } },
  },
];
