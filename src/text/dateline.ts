/**
 * The dateline: the publication date a page or dispatch opens with. It gives
 * the reference date for relative expressions, and it is metadata, never a
 * date mention. Rules are small records, tried in order on the folded start
 * of the text; every pattern is anchored and bounded.
 */
import months from '../lexicons/fr/months.json' with { type: 'json' };
import { daysInMonth, type CalendarDate } from '../calendar/calendar.js';

export interface Dateline {
  /** Offsets in the plain text. */
  start: number;
  end: number;
  /** The date it states, or null when it lacks a year (`19 octobre (Reuters) –`). */
  date: CalendarDate | null;
  rule: string;
}

interface DatelineRule {
  name: string;
  /** Matched against the folded head of the text; group `body` spans the dateline. */
  pattern: RegExp;
  resolve(groups: Record<string, string | undefined>): CalendarDate | null;
}

const MONTHS: Record<string, number> = months.months;
const HEAD_LENGTH = 400;
const AGENCIES = 'afp|reuters|ap|belga|aps|xinhua|anadolu|aa|ats|apa|dpa|efe|ansa|irna|ina|qna|wafa|mena|sana|tass|ria novosti';

const RULES: DatelineRule[] = [
  {
    // The machine dateline of scraped corpora: ` date 2024-11 `.
    name: 'machine',
    pattern: /^\s*(?<body>date\s+(?<value>\d{4}(?:-\d{2}(?:-\d{2})?)?))(?=\s|$)/,
    resolve: (g) => fromValue(g.value!),
  },
  {
    // `BAGDAD, 12 mars 2024 (AFP) -` and `Bagdad (AFP) 12 mars 2024 -`. The name ends on a
    // non-space so that it and the spaces after it do not compete (ReDoS); the body ends on the year or agency.
    name: 'press',
    pattern: new RegExp(
      `^\\s*(?<body>[a-z](?:[a-z' .-]{0,39}?[a-z'.-]|(?= ,?\\s))(?:\\s*,)?\\s+(?:\\((?:${AGENCIES})\\)\\s*)?(?:le\\s+)?(?<day>\\d{1,2})(?:er)?\\s+(?<month>[a-z]{3,9})\\.?\\s+(?<year>\\d{4})(?:\\s*\\((?:${AGENCIES})\\))?)\\s*[-–—:]`,
    ),
    resolve: (g) => fromParts(g.year, g.month, g.day),
  },
  {
    // `19 octobre (Reuters) –`, with or without a year.
    name: 'agency',
    pattern: new RegExp(
      `^\\s*(?<body>(?<day>\\d{1,2})(?:er)?\\s+(?<month>[a-z]{3,9})\\.?(?:\\s+(?<year>\\d{4}))?\\s*\\((?:${AGENCIES})\\))\\s*[-–—:]`,
    ),
    resolve: (g) => fromParts(g.year, g.month, g.day),
  },
  {
    // `Publié le 12/03/2024`, `Mis à jour le 12 mars 2024 à 10h`.
    name: 'published',
    pattern:
      /(?<body>\b(?:publie|mis a jour|date de publication)\s*(?:(?:le|:)\s*)?(?:(?<dd>\d{1,2})[/.-](?<mm>\d{1,2})[/.-](?<yyyy>\d{4})|(?<day>\d{1,2})(?:er)?\s+(?<month>[a-z]{3,9})\.?\s+(?<year>\d{4})))/,
    resolve: (g) => (g.yyyy ? fromNumbers(g.yyyy, g.mm!, g.dd!) : fromParts(g.year, g.month, g.day)),
  },
];

/** Find the dateline in the head of a folded text. */
export function detectDateline(folded: string): Dateline | null {
  const head = folded.slice(0, HEAD_LENGTH);
  for (const rule of RULES) {
    const m = rule.pattern.exec(head);
    if (!m?.groups?.body) continue;
    const body = m.groups.body;
    const start = m.index + m[0].indexOf(body);
    const date = rule.resolve(m.groups);
    if (rule.name !== 'agency' && date === null) continue;
    return { start, end: start + body.length, date, rule: rule.name };
  }
  return null;
}

function fromValue(value: string): CalendarDate | null {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return { year: y! };
  return d === undefined ? validDate(y!, m) : validDate(y!, m, d);
}

function fromParts(year: string | undefined, month: string | undefined, day: string | undefined): CalendarDate | null {
  const m = month === undefined ? undefined : MONTHS[month];
  if (year === undefined || m === undefined || day === undefined) return null;
  return validDate(Number(year), m, Number(day));
}

function fromNumbers(year: string, month: string, day: string): CalendarDate | null {
  return validDate(Number(year), Number(month), Number(day));
}

function validDate(year: number, month: number, day?: number): CalendarDate | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  if (day === undefined) return { year, month };
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}
