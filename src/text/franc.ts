/**
 * franc 6.2.0 (MIT, Titus Wormer, https://github.com/wooorm/franc), its
 * `franc()` as it is, with one change: franc parses the trigram model of all
 * its languages when it is imported (about 60 ms, at every start), and this
 * builds a language's model the first time a sample is compared with it.
 * Most news is French at a glance (`language.ts`) and never gets here.
 * Same data, same distances, same order: the same answers.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { asTuples } from 'trigram-utils';

type Tuple = [string, number];

const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;
const own = {}.hasOwnProperty;
const models = new Map<string, Record<string, number>>();

export interface FrancOptions {
  only?: readonly string[];
  minLength?: number;
}

/** The most probable language of `value` (ISO 639-3), or `und`. */
export function franc(value: string, options: FrancOptions = {}): string {
  return francAll(value, options)[0]![0];
}

function francAll(value: string, options: FrancOptions): Tuple[] {
  const only = [...(options.only ?? [])];
  const minLength = options.minLength ?? MIN_LENGTH;
  if (!value || value.length < minLength) return und();
  value = value.slice(0, MAX_LENGTH);
  const script = topScript(value);
  if (!script[0] || !(script[0] in data)) {
    if (!script[0] || script[1] === 0 || !allow(script[0], only)) return und();
    return [[script[0], 1]];
  }
  return normalize(value, distances(asTuples(value), script[0], only));
}

function normalize(value: string, list: Tuple[]): Tuple[] {
  const min = list[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const t of list) t[1] = 1 - (t[1] - min) / max || 0;
  return list;
}

function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script in expressions) {
    if (!own.call(expressions, script)) continue;
    const count = occurrence(value, expressions[script]!);
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

function occurrence(value: string, expression: RegExp): number {
  const count = value.match(expression);
  return (count ? count.length : 0) / value.length || 0;
}

function distances(trigrams: Tuple[], script: string, only: string[]): Tuple[] {
  const languages = data[script]!;
  const out: Tuple[] = [];
  for (const language in languages) {
    if (own.call(languages, language) && allow(language, only)) out.push([language, distance(trigrams, modelOf(script, language))]);
  }
  return out.length === 0 ? und() : out.sort((a, b) => a[1] - b[1]);
}

/** A language's trigrams and their rank, as franc builds them at import. */
function modelOf(script: string, language: string): Record<string, number> {
  const key = `${script}\u0000${language}`;
  let trigrams = models.get(key);
  if (!trigrams) {
    const model = data[script]![language]!.split('|');
    trigrams = {};
    let weight = model.length;
    while (weight--) trigrams[model[weight]!] = weight;
    models.set(key, trigrams);
  }
  return trigrams;
}

function distance(trigrams: Tuple[], model: Record<string, number>): number {
  let total = 0;
  for (const [trigram, count] of trigrams) {
    let difference = MAX_DIFFERENCE;
    if (trigram in model) {
      difference = count - model[trigram]! - 1;
      if (difference < 0) difference = -difference;
    }
    total += difference;
  }
  return total;
}

function allow(language: string, only: readonly string[]): boolean {
  return only.length === 0 || only.includes(language);
}

function und(): Tuple[] {
  return [['und', 1]];
}
