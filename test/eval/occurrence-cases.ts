/**
 * Where gold texts count as gold (ANNOTATION.md §2 and §7), as data: a text,
 * gold mentions, and the occurrences expected per category (their texts, in
 * document order). Sentences written for these tests.
 */
import type { GoldMentions } from '../../src/eval/gold.js';

export interface OccurrenceCase {
  name: string;
  text: string;
  mentions: Partial<GoldMentions>;
  expected: Partial<Record<keyof GoldMentions, string[]>>;
}

const place = (text: string, country = 'IQ') => ({ text, name: text, country });

export const OCCURRENCE_CASES: OccurrenceCase[] = [
  {
    name: 'only at word boundaries',
    text: "Les Irakiens ont défilé à Bagdad ; l'Irak proteste. Irak-Syrie.",
    mentions: { places: [place('Irak')] },
    expected: { places: ['Irak', 'Irak'] },
  },
  {
    name: 'without regard to case, accents, hyphens or apostrophes',
    text: "Les ETATS-UNIS et les États Unis, c'est-à-dire les etats-unis. Frappe à l’Irak et à l'Irak.",
    mentions: { actors: [{ text: 'États-Unis', name: 'États-Unis' }], places: [place("l'Irak")] },
    expected: { actors: ['ETATS-UNIS', 'États Unis', 'etats-unis'], places: ['l’Irak', "l'Irak"] },
  },
  {
    name: 'decomposed accents fold like composed ones',
    text: 'La Re\u0301sistance a tire\u0301 sur Ai\u0308n al-Assad.',
    mentions: { actors: [{ text: 'Résistance', name: 'Résistance islamique en Irak' }], places: [place('Aïn al-Assad')] },
    expected: { actors: ['Re\u0301sistance'], places: ['Ai\u0308n al-Assad'] },
  },
  {
    name: 'never inside the machine dateline at the very start',
    text: ' date 2024-11 En 2024, la coalition restait. Le mot date 2024 plus loin compte.',
    mentions: { dates: [{ text: '2024', value: '2024' }] },
    expected: { dates: ['2024', '2024'] },
  },
  {
    name: 'a dateline-like text later in the document is ordinary text',
    text: 'Bilan. date 2024-11 est écrit ici.',
    mentions: { dates: [{ text: '2024-11', value: '2024-11' }] },
    expected: { dates: ['2024-11'] },
  },
  {
    name: 'a place inside a longer actor mention is not a place occurrence (and the reverse)',
    text: "La Résistance islamique en Irak a revendiqué l'attaque en Irak. Les forces de Bagdad ont riposté, puis Bagdad a protesté.",
    mentions: {
      actors: [{ text: 'Résistance islamique en Irak', name: 'Résistance islamique en Irak' }, { text: 'Bagdad', name: 'Irak' }],
      places: [place('Irak'), place('forces de Bagdad')],
    },
    expected: { actors: ['Résistance islamique en Irak', 'Bagdad'], places: ['Irak', 'forces de Bagdad'] },
  },
  {
    name: 'inside a longer occurrence of the same category, a text counts once (the longer)',
    text: 'Des frappes sur la bande de Gaza ; Gaza reste sous le feu.',
    mentions: { places: [place('bande de Gaza', 'PS'), place('Gaza', 'PS')] },
    expected: { places: ['bande de Gaza', 'Gaza'] },
  },
  {
    name: 'categories other than actors and places do not exclude each other',
    text: 'Trois drones ont été abattus.',
    mentions: { quantities: [{ text: 'Trois drones', kind: 'count', value: 3, qualifier: 'exact' }], attackTypes: [{ text: 'drones', value: 'drone' }] },
    expected: { quantities: ['Trois drones'], attackTypes: ['drones'] },
  },
  {
    name: 'a text absent from the document has no occurrence; a text listed twice counts once per span',
    text: 'Washington a répondu.',
    mentions: { actors: [{ text: 'Pentagone', name: 'États-Unis' }, { text: 'Washington', name: 'États-Unis' }, { text: 'washington', name: 'États-Unis' }] },
    expected: { actors: ['Washington'] },
  },
];
