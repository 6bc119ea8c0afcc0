/**
 * Armed groups and units the gazetteer does not know, named as the text
 * names them: a capitalized head (`Brigades`, `Front`, `Comité`, `Corps`)
 * and its name (`Comité de coordination des factions de la résistance
 * irakienne`, `Corps 209 Shaheen`); a lower-case head and a proper name
 * (`la milice Abou Fadl al-Abbas`); a counter-terrorism body (`le département
 * local pour la lutte contre le terrorisme`). Each gets its name's slug as id.
 */
import namedData from './lexicon/named.json' with { type: 'json' };
import { fold } from '../../text/fold.js';
import { abbreviates, ACRONYM_RE } from './acronym-check.js';
import { Gate, type Gated } from './gate.js';
import { ruleIndex } from './lexicon-index.js';
import { nameFromText, slugify } from './slug.js';
import type { Candidate } from './types.js';
import type { TokenView } from './view.js';
import { longestAt } from './walk.js';
import { TokenKind } from '../../text/tokens.js';
import type { ActorKind } from '../../schema.js';

const HEADS = foldedMap(namedData.heads as Record<string, ActorKind>);
const WEAK_HEADS = foldedMap(namedData.weakHeads as Record<string, ActorKind>);

/** Heads keyed by their folded form, as tokens are looked up. */
function foldedMap(m: Record<string, ActorKind>): Map<string, ActorKind> {
  return new Map(Object.entries(m).map(([k, v]) => [fold(k), v]));
}
const LOWER_HEADS = namedData.lowerHeads as Record<string, ActorKind>;
const CONNECTORS = new Set(namedData.connectors);
const STOP = new Set(namedData.stopWords);
const ADJECTIVE_ENDINGS = namedData.adjectiveEndings;

interface Tail {
  end: number;
  capitalized: boolean;
}

export function findNamed(view: TokenView, gate: Gated, taken: Uint8Array, out: Candidate[]): void {
  const rules = ruleIndex();
  let from = 0;
  for (const s of gate.tokens) {
    const bits = gate.mask[s]!;
    if (s < from || (bits & (Gate.Named | Gate.Lower | Gate.Counter)) === 0 || taken[s] === 1) continue;
    if (bits & Gate.Named && view.upperInitial(s)) {
      const c = capitalizedName(view, s, taken);
      if (c) {
        out.push(c);
        from = c.end;
        continue;
      }
    }
    const lower = bits & Gate.Lower ? longestAt(view, rules.lowerHeads, s) : null;
    if (lower && !view.upperInitial(s)) {
      const j = view.next(lower.end - 1);
      if (j >= 0 && view.upperInitial(j) && taken[j] !== 1) {
        const end = properNameEnd(view, j);
        out.push(entity(view, s, end, j, LOWER_HEADS[lower.values[0]!] ?? 'armed_group', 'named-lower-head'));
        from = end;
        continue;
      }
    }
    const ct = bits & Gate.Counter ? counterTerror(view, s) : null;
    if (ct) {
      out.push(ct);
      from = ct.end;
    }
  }
}

function capitalizedName(view: TokenView, s: number, taken: Uint8Array): Candidate | null {
  const w = view.key(s);
  const kind = HEADS.get(w) ?? WEAK_HEADS.get(w);
  if (!kind) return null;
  const tail = nameTail(view, s, taken);
  if (tail.end <= s + 1) return null;
  // At the start of a sentence every word is capitalized: a name then needs a capital of its own.
  const first = view.doc.sentences[view.sentence(s)]?.firstToken === s || view.prev(s) < 0;
  if (first && !tail.capitalized) return null;
  if (!HEADS.has(w) && !acronymAfter(view, s, tail.end)) return null;
  return entity(view, s, tail.end, s, kind, 'named-head');
}

function nameTail(view: TokenView, s: number, taken: Uint8Array): Tail {
  let end = s + 1;
  let capitalized = false;
  let afterConnector = false;
  let afterLowerNoun = false;
  let j = view.next(s);
  for (let n = 0; j >= 0 && n < namedData.maxWords && view.sentence(j) === view.sentence(s); n++, j = view.next(j)) {
    const kind = view.tokens.kind[j];
    const w = view.word(j);
    if (kind === TokenKind.Punct || STOP.has(w) || (taken[j] === 1 && !afterConnector)) break;
    if (CONNECTORS.has(w)) {
      afterConnector = true;
      continue;
    }
    if (kind === TokenKind.Number || kind === TokenKind.Alnum || view.upperInitial(j)) {
      capitalized ||= kind === TokenKind.Word;
      afterLowerNoun = false;
    } else if (afterConnector) {
      afterLowerNoun = true;
    } else if (!(afterLowerNoun || end === s + 1) || !ADJECTIVE_ENDINGS.some((e) => w.endsWith(e))) {
      break;
    }
    afterConnector = false;
    end = j + 1;
  }
  return { end, capitalized };
}

function acronymAfter(view: TokenView, start: number, end: number): boolean {
  const open = view.next(end - 1);
  if (!view.keyIs(open, '(')) return false;
  const a = view.next(open);
  if (a < 0 || !ACRONYM_RE.test(view.raw(a)) || !view.keyIs(view.next(a), ')')) return false;
  return abbreviates(view.raw(a), view.text.slice(view.tokens.start[start]!, view.tokens.end[end - 1]!));
}

/** Capitalized words, numbers and particles (`Abou Fadl al-Abbas`). */
function properNameEnd(view: TokenView, j: number): number {
  let end = j + 1;
  for (let k = view.next(j); k >= 0 && view.isWord(k) && (view.upperInitial(k) || view.isParticle(k) || CONNECTORS.has(view.word(k))); k = view.next(k)) {
    if (view.upperInitial(k) || view.tokens.kind[k] !== TokenKind.Word) end = k + 1;
  }
  return end;
}

function counterTerror(view: TokenView, s: number): Candidate | null {
  const rules = ruleIndex();
  const head = longestAt(view, rules.counterHeads, s);
  if (!head) return null;
  let j = view.next(head.end - 1);
  for (let n = 0; n < 2 && j >= 0; n++) {
    const m = longestAt(view, rules.counterModifiers, j);
    if (!m) break;
    j = view.next(m.end - 1);
  }
  const tail = longestAt(view, rules.counterTails, j);
  return tail ? entity(view, s, tail.end, s, 'state', 'counter-terrorism-body') : null;
}

function entity(view: TokenView, start: number, end: number, nameStart: number, kind: ActorKind, rule: string): Candidate {
  const name = nameFromText(view.text.slice(view.tokens.start[nameStart]!, view.tokens.end[end - 1]!));
  return { start, end, rule, entry: { id: slugify(name), name, kind, country: null, tags: [] }, role: 'rule', priority: 1 };
}
