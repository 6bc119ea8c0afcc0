/**
 * The pieces a rule's pattern is made of: literal words, slots that read one
 * kind of thing (a month name, a day number, a year; see slots.ts) and glued
 * separators. `as` names the capture the rule's resolution reads.
 */

export type SlotName =
  | 'month'
  | 'weekday'
  | 'day'
  | 'year'
  | 'monthNumber'
  | 'count'
  | 'unit'
  | 'season'
  | 'partOfDay'
  | 'leadingPartOfDay'
  | 'direction'
  | 'dayWord'
  | 'approximator'
  | 'roundCount'
  | 'dottedDate';

export interface WordElement {
  type: 'word';
  words: ReadonlySet<string>;
  optional?: boolean;
  as?: string;
}

export type Element =
  | WordElement
  | { type: 'slot'; slot: SlotName; optional?: boolean; as?: string }
  /** Punctuation glued to both neighbours (`/` in `12/03/2024`, `-` in `2024-11-16`). */
  | { type: 'sep'; chars: ReadonlySet<string> };

export interface Capture {
  start: number;
  end: number;
  value: unknown;
}

export type Captures = Record<string, Capture | undefined>;

export const word = (...words: string[]): WordElement => ({ type: 'word', words: new Set(words) });
export const optWord = (...words: string[]): WordElement => ({ type: 'word', words: new Set(words), optional: true });
/** The same element, its match captured under `as`. */
export const named = (as: string, el: WordElement): WordElement => ({ ...el, as });
export const slot = (name: SlotName, as: string = name): Element => ({ type: 'slot', slot: name, as });
export const optSlot = (name: SlotName, as: string = name): Element => ({ type: 'slot', slot: name, as, optional: true });
export const sep = (...chars: string[]): Element => ({ type: 'sep', chars: new Set(chars) });
