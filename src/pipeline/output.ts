/**
 * The last stage: every span mapped from the plain text back to the input, so
 * that `input.slice(start, end) === text` holds, and the result assembled.
 */
import { formatCalendar } from '../calendar/calendar.js';
import type { Analysis, Event, Mentions, Sentence } from '../schema.js';
import type { RunState } from './state.js';

interface Span {
  start: number;
  end: number;
  text: string;
}

export function buildAnalysis(state: RunState): Analysis {
  const toInput = spanMapper(state);
  const mapAll = <T extends Span>(list: readonly T[]): T[] => list.map((m) => toInput(m)).sort((a, b) => a.start - b.start || a.end - b.end);
  const mentions: Mentions = {
    dates: mapAll(state.mentions.dates),
    actors: mapAll(state.mentions.actors),
    places: mapAll(state.mentions.places),
    quantities: mapAll(state.mentions.quantities),
    attackTypes: mapAll(state.mentions.attackTypes),
  };
  const sentences: Sentence[] = state.sentences.map((s) =>
    toInput({ start: s.start, end: s.end, text: '', index: s.index, paragraph: s.paragraph, role: s.role }),
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

function mapEvent(e: Event, toInput: <T extends Span>(s: T) => T): Event {
  const opt = <T extends Span>(s: T | null): T | null => (s ? toInput(s) : null);
  return {
    ...e,
    date: opt(e.date),
    actor: opt(e.actor),
    target: opt(e.target),
    places: e.places.map((p) => toInput(p)),
    killed: opt(e.killed),
    injured: opt(e.injured),
    troops: opt(e.troops),
    count: opt(e.count),
    evidence: toInput(e.evidence),
    trigger: toInput(e.trigger),
  };
}

/** Maps a plain-text span to the input, and recomputes its text from the input. */
function spanMapper(state: RunState): <T extends Span>(s: T) => T {
  const input = state.input;
  const derived = state.derived;
  if (!derived) return (s) => ({ ...s, text: input.slice(s.start, s.end) });
  return (s) => {
    const start = derived.srcStart[s.start]!;
    const end = s.end > s.start ? derived.srcEnd[s.end - 1]! : start;
    return { ...s, start, end, text: input.slice(start, end) };
  };
}
