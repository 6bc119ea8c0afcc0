/**
 * The last stage: every span mapped from the plain text back to the input, so
 * that `input.slice(start, end) === text` holds, and the result assembled.
 * When the plain text is the input (no HTML), spans are kept as they are:
 * every stage cuts `text` from the plain text (the contract tests check it),
 * so there is nothing to map and nothing to copy.
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
  const mapAll = <T extends Span>(list: readonly T[]): T[] => inOrder(toInput ? mapList(list, toInput) : (list as T[]));
  const mentions: Mentions = {
    dates: mapAll(state.mentions.dates),
    actors: mapAll(state.mentions.actors),
    places: mapAll(state.mentions.places),
    quantities: mapAll(state.mentions.quantities),
    attackTypes: mapAll(state.mentions.attackTypes),
  };
  const text = state.text;
  const sentences: Sentence[] = state.sentences.map((s) => {
    const sentence = { start: s.start, end: s.end, text: text.slice(s.start, s.end), index: s.index, paragraph: s.paragraph, role: s.role };
    return toInput ? toInput(sentence) : sentence;
  });
  const events = toInput ? state.events.map((e) => mapEvent(e, toInput)) : state.events;
  const dateline = state.dateline ? { start: state.dateline.start, end: state.dateline.end, text: text.slice(state.dateline.start, state.dateline.end) } : null;
  const result: Analysis = {
    language: 'fr',
    referenceDate: state.referenceDate ? formatCalendar(state.referenceDate) : null,
    referenceDateSource: state.referenceDateSource,
    dateline: dateline && toInput ? toInput(dateline) : dateline,
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
  return {
    ...e,
    date: opt(e.date),
    actor: opt(e.actor),
    target: opt(e.target),
    places: mapList(e.places, toInput),
    killed: opt(e.killed),
    injured: opt(e.injured),
    troops: opt(e.troops),
    count: opt(e.count),
    evidence: toInput(e.evidence),
    trigger: toInput(e.trigger),
  };
}

function mapList<T extends Span>(list: readonly T[], toInput: Mapper): T[] {
  return list.map((m) => toInput(m));
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

/** Maps a plain-text span to the input, and recomputes its text from the input; null when the plain text is the input. */
function spanMapper(state: RunState): Mapper | null {
  const input = state.input;
  const derived = state.derived;
  if (!derived) return null;
  return (s) => {
    const start = derived.srcStart[s.start]!;
    const end = s.end > s.start ? derived.srcEnd[s.end - 1]! : start;
    return { ...s, start, end, text: input.slice(start, end) };
  };
}
