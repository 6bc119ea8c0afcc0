/**
 * Gold-file checks (`eval --check`) as data: a valid gold file, then one
 * mistake at a time and the issue it must raise (field path, severity, and a
 * word of the reason). Sentences written for these tests.
 */
export const CHECK_TEXT = ' date 2024-11 Samedi 16 novembre, deux drones ont visé la base de Aïn al-Assad en Irak. Washington a promis de riposter. Environ 300 soldats sont déployés ; des centaines de blessés ont été soignés.';

export const VALID_GOLD = {
  referenceDate: '2024-11',
  events: [
    {
      type: 'attack',
      attackTypes: ['drone'],
      date: { text: 'Samedi 16 novembre', value: '2024-11-16', precision: 'day' },
      actor: null,
      target: { text: 'Washington', name: 'États-Unis', kind: 'state' },
      places: [{ text: 'Aïn al-Assad', name: 'Aïn al-Assad', country: 'IQ', kind: 'site' }],
      killed: null,
      injured: null,
      troops: null,
      count: { text: 'deux drones', value: 2, qualifier: 'exact' },
      evidence: 'Samedi 16 novembre, deux drones ont visé la base de Aïn al-Assad en Irak.',
    },
  ],
  mentions: {
    dates: [{ text: 'Samedi 16 novembre', value: '2024-11-16', precision: 'day' }],
    actors: [{ text: 'Washington', name: 'États-Unis' }],
    places: [{ text: 'Aïn al-Assad', name: 'Aïn al-Assad', country: 'IQ' }, { text: 'Irak', name: 'Irak', country: 'IQ' }],
    quantities: [
      { text: 'deux drones', kind: 'count', value: 2, qualifier: 'exact' },
      { text: 'Environ 300 soldats', kind: 'troops', value: 300, qualifier: 'approx' },
      { text: 'des centaines de blessés', kind: 'injured', value: 200, qualifier: 'min' },
    ],
    attackTypes: [{ text: 'drones', value: 'drone' }],
  },
};

type Gold = typeof VALID_GOLD & Record<string, unknown>;
type Ev = Gold['events'][number] & Record<string, unknown>;

export interface CheckCase {
  name: string;
  change: (g: Gold, e: Ev) => void;
  path: string;
  severity: 'error' | 'warning';
  reason: string;
}

export const CHECK_CASES: CheckCase[] = [
  { name: 'not the schema: unknown event type', change: (_, e) => void (e.type = 'bombing'), path: 'events[0].type', severity: 'error', reason: 'Invalid' },
  { name: 'not the schema: missing slot', change: (_, e) => void delete (e as Record<string, unknown>).killed, path: 'events[0].killed', severity: 'error', reason: '' },
  { name: 'unknown field', change: (_, e) => void (e.atackTypes = []), path: 'events[0].atackTypes', severity: 'warning', reason: 'unknown field' },
  { name: 'date value not a real day', change: (g) => void (g.mentions.dates[0]!.value = '2024-11-31'), path: 'mentions.dates[0].value', severity: 'error', reason: 'calendar' },
  { name: 'date precision not fitting the value', change: (_, e) => void (e.date.precision = 'month'), path: 'events[0].date.precision', severity: 'error', reason: 'does not fit' },
  { name: 'reference date not a real day', change: (g) => void (g.referenceDate = '2024-02-30'), path: 'referenceDate', severity: 'error', reason: 'calendar' },
  { name: 'quantity qualifier not legal', change: (g) => void (g.mentions.quantities[0]!.qualifier = 'about'), path: 'mentions.quantities[0].qualifier', severity: 'error', reason: '' },
  { name: 'quantity kind not legal', change: (g) => void (g.mentions.quantities[0]!.kind = 'dead'), path: 'mentions.quantities[0].kind', severity: 'error', reason: '' },
  { name: 'quantity not a whole number', change: (_, e) => void (e.count!.value = 2.5), path: 'events[0].count.value', severity: 'error', reason: 'whole number' },
  { name: 'country not ISO 3166-1 alpha-2', change: (g) => void (g.mentions.places[1]!.country = 'XX'), path: 'mentions.places[1].country', severity: 'error', reason: 'ISO 3166-1' },
  { name: 'text not in the document', change: (g) => void (g.mentions.places[1]!.text = 'Syrie'), path: 'mentions.places[1].text', severity: 'error', reason: 'not in the document' },
  { name: 'text not copied character for character', change: (g) => void (g.mentions.places[0]!.text = 'Ain al Assad'), path: 'mentions.places[0].text', severity: 'error', reason: 'character for character' },
  { name: 'evidence not in the document', change: (_, e) => void (e.evidence = 'Deux drones ont visé une base.'), path: 'events[0].evidence', severity: 'error', reason: 'not in the document' },
  { name: 'one of several evidence sentences not in the document', change: (_, e) => void ((e as Record<string, unknown>).evidence = [e.evidence, 'Autre phrase.']), path: 'events[0].evidence[1]', severity: 'error', reason: 'not in the document' },
  { name: 'event slot text not in the document', change: (_, e) => void (e.target!.text = 'les États-Unis'), path: 'events[0].target.text', severity: 'error', reason: 'not in the document' },
  { name: 'mention listed twice', change: (g) => void g.mentions.actors.push({ text: 'Washington', name: 'États-Unis' }), path: 'mentions.actors[1].text', severity: 'error', reason: 'listed again' },
  { name: 'mention only in the dateline', change: (g) => void g.mentions.dates.push({ text: '2024-11', value: '2024-11', precision: 'month' }), path: 'mentions.dates[1].text', severity: 'error', reason: 'dateline' },
  { name: 'mention never at word boundaries', change: (g) => void g.mentions.attackTypes.push({ text: 'drone', value: 'drone' }), path: 'mentions.attackTypes[1].text', severity: 'error', reason: 'word boundaries' },
  { name: 'attack-type mention `unknown`', change: (g) => void (g.mentions.attackTypes[0]!.value = 'unknown'), path: 'mentions.attackTypes[0].value', severity: 'error', reason: 'events only' },
  { name: 'attack without means', change: (_, e) => void (e.attackTypes = []), path: 'events[0].attackTypes', severity: 'error', reason: 'unknown' },
  { name: 'means on another event type', change: (_, e) => void (e.type = 'threat'), path: 'events[0].attackTypes', severity: 'error', reason: 'must be []' },
  { name: 'same text in two categories', change: (g) => void g.mentions.places.push({ text: 'Washington', name: 'Washington', country: 'US' }), path: 'mentions.places[2].text', severity: 'warning', reason: 'both categories' },
  { name: 'mention counting nowhere', change: (g) => void g.mentions.places.push({ text: 'Assad', name: 'Assad', country: 'IQ' }), path: 'mentions.places[2].text', severity: 'warning', reason: 'counts nowhere' },
  { name: 'event slot disagreeing with the mention of the same text', change: (_, e) => void (e.date.value = '2024-11-15'), path: 'events[0].date', severity: 'warning', reason: 'mentions.dates[0]' },
  { name: 'qualifier contradicting its words', change: (g) => void (g.mentions.quantities[1]!.qualifier = 'exact'), path: 'mentions.quantities[1].qualifier', severity: 'warning', reason: 'says approx' },
  { name: 'vague plural with another value than §5 gives', change: (g) => void (g.mentions.quantities[2]!.value = 100), path: 'mentions.quantities[2].value', severity: 'warning', reason: 'is 200' },
  { name: 'not JSON', change: () => undefined, path: '(file)', severity: 'error', reason: 'not JSON' },
];
