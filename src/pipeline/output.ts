/**
 * The last stage: every span mapped from the plain text back to the input, so
 * that `input.slice(start, end) === text` holds, and the result assembled.
 * When the plain text is the input (no HTML), a span whose text already reads
 * the input is kept as it is: no copy of every mention for nothing.
 */
import { formatCalendar } from '../calendar/calendar.js';
import type { Analysis, Event, Mentions, Sentence } from '../schema.js';
import type { RunState } from './state.js';

interface Span {
  start: number;
  end: number;
  text: string;
}

type Mapper = <T extends Span>(s: T) => T;

export function buildAnalysis(state: RunState): Analysis {
  const toInput = spanMapper(state);
  const mapAll = <T extends Span>(list: readonly T[]): T[] => inOrder(mapList(list, toInput));
  const mentions: Mentions = {
    dates: mapAll(state.mentions.dates),
    actors: mapAll(state.mentions.actors),
    places: mapAll(state.mentions.places),
    quantities: mapAll(state.mentions.quantities),
    attackTypes: mapAll(state.mentions.attackTypes),
  };
  const sentences: Sentence[] = state.sentences.map((s) =>
    toInput({ start: s.start, end: s.end, text: state.text.slice(s.start, s.end), index: s.index, paragraph: s.paragraph, role: s.role }),
  );
  const events = state.events.map((e) => mapEvent(e, toInput));
  const result: Analysis = {
    language: 'fr',
    referenceDate: state.referenceDate ? formatCalendar(state.referenceDate) : null,
    referenceDateSource: state.referenceDateSource,
    dateline: state.dateline ? toInput({ start: state.dateline.start, end: state.dateline.end, text: '' }) : null,
    sentences,
    mentions,
    events,
    warnings: state.warnings,
  };
  if (state.options.timings) result.timings = state.timings;
  return result;
}

function mapEvent(e: Event, toInput: Mapper): Event {
  const opt = <T extends Span>(s: T | null): T | null => (s ? toInput(s) : null);
  const places = mapList(e.places, toInput);
  const date = opt(e.date);
  const actor = opt(e.actor);
  const target = opt(e.target);
  const killed = opt(e.killed);
  const injured = opt(e.injured);
  const troops = opt(e.troops);
  const count = opt(e.count);
  const evidence = toInput(e.evidence);
  const trigger = toInput(e.trigger);
  const same =
    places === e.places && date === e.date && actor === e.actor && target === e.target && killed === e.killed &&
    injured === e.injured && troops === e.troops && count === e.count && evidence === e.evidence && trigger === e.trigger;
  if (same) return e;
  return { ...e, date, actor, target, places, killed, injured, troops, count, evidence, trigger };
}

/** The list mapped; the list itself when no span changed. */
function mapList<T extends Span>(list: readonly T[], toInput: Mapper): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const m = toInput(list[i]!);
    if (out) out.push(m);
    else if (m !== list[i]) {
      out = list.slice(0, i);
      out.push(m);
    }
  }
  return out ?? (list as T[]);
}

/** Sorted by start then end; the list itself when it already is. */
function inOrder<T extends Span>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1]!;
    const b = list[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return [...list].sort((x, y) => x.start - y.start || x.end - y.end);
  }
  return list;
}

/** Maps a plain-text span to the input, and recomputes its text from the input. */
function spanMapper(state: RunState): Mapper {
  const input = state.input;
  const derived = state.derived;
  if (!derived) return (s) => (s.end - s.start === s.text.length && input.startsWith(s.text, s.start) ? s : { ...s, text: input.slice(s.start, s.end) });
  return (s) => {
    const start = derived.srcStart[s.start]!;
    const end = s.end > s.start ? derived.srcEnd[s.end - 1]! : start;
    return { ...s, start, end, text: input.slice(start, end) };
  };
}
