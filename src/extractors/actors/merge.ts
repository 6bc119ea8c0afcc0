/**
 * Spans that belong together become one mention: `forces de la coalition`,
 * `la coalition dirigée par les États-Unis` (the coalition, not the leader),
 * `Force Qods du Corps des gardiens de la Révolution islamique` (one actor
 * twice), `l'organisation terroriste Hezbollah` (a description and a name),
 * and the definite article before a mention (`l'État islamique`).
 */
import institutionsData from './lexicon/institutions.json' with { type: 'json' };
import namedData from './lexicon/named.json' with { type: 'json' };
import type { Gazetteer } from './gazetteer.js';
import { nounPosition } from './institutions.js';
import type { Candidate } from './types.js';
import type { TokenView } from './view.js';

const GENITIVES = new Set(institutionsData.countryOf);
const ARTICLES = new Set(institutionsData.determiners);
const MEMBER_HEADS = new Set(institutionsData.memberHeads);
const LED_BY = new Set(institutionsData.ledBy);
const LEADERS = institutionsData.coalitionLeaders as Record<string, string>;
const DESCRIPTORS = new Set(namedData.descriptors);
const STOP = new Set(namedData.stopWords);
const MAX_DESCRIPTOR_ADJECTIVES = 3;
const ADJECTIVE_TOO = new Set(['militaires', 'armées']);

export function mergeSpans(view: TokenView, g: Gazetteer, actors: Candidate[]): Candidate[] {
  let list = actors.filter((c) => c.entry !== null);
  list.forEach((c) => membersOf(view, c));
  list = ledBy(view, g, list);
  list = sameActor(view, list);
  list = withDescriptor(view, list);
  list.forEach((c) => withArticle(view, c));
  return list;
}

/** `forces de la coalition`, `soldats de l'Otan`. */
function membersOf(view: TokenView, c: Candidate): void {
  const kind = c.entry!.kind;
  if (kind !== 'coalition' && kind !== 'organization') return;
  let j = view.prev(c.start);
  if (j >= 0 && ARTICLES.has(view.word(j))) j = view.prev(j);
  if (j < 0 || !GENITIVES.has(view.word(j))) return;
  const h = view.prev(j);
  if (h < 0 || !MEMBER_HEADS.has(view.word(h))) return;
  // `opérations militaires de la coalition`: there `militaires` is an adjective.
  if (ADJECTIVE_TOO.has(view.word(h)) && !nounPosition(view, h)) return;
  c.start = h;
}

/** `la coalition (militaire) dirigée par les États-Unis`: one coalition mention. */
function ledBy(view: TokenView, g: Gazetteer, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < list.length; k++) {
    const c = list[k]!;
    out.push(c);
    if (c.entry!.kind !== 'coalition') continue;
    const led = view.next(c.end - 1);
    const par = led >= 0 && LED_BY.has(view.word(led)) ? view.next(led) : -1;
    if (par < 0 || view.word(par) !== 'par') continue;
    const leader = list[k + 1];
    let at = view.next(par);
    if (at >= 0 && ARTICLES.has(view.word(at))) at = view.next(at);
    if (!leader || leader.start !== at || leader.entry!.kind !== 'state') continue;
    c.end = leader.end;
    c.rule += '+led-by';
    const byLeader = LEADERS[leader.entry!.country ?? ''];
    if (c.role === 'bare' && byLeader) c.entry = g.byId.get(byLeader) ?? c.entry;
    k++;
  }
  return out;
}

/** Two spans of one actor joined by `de`/`du`/`des`: `Force Qods du Corps des gardiens...`. */
function sameActor(view: TokenView, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const last = out[out.length - 1];
    if (last && last.entry!.id === c.entry!.id && joinedByGenitive(view, last.end, c.start)) {
      last.end = c.end;
      continue;
    }
    out.push(c);
  }
  return out;
}

function joinedByGenitive(view: TokenView, end: number, start: number): boolean {
  let j = view.next(end - 1);
  if (j < 0 || !GENITIVES.has(view.word(j))) return false;
  j = view.next(j);
  if (j >= 0 && j < start && ARTICLES.has(view.word(j))) j = view.next(j);
  return j === start;
}

/** `l'organisation terroriste Hezbollah`, `le groupe jihadiste takfiriste Daech`. */
function withDescriptor(view: TokenView, list: Candidate[]): Candidate[] {
  let extended = false;
  for (const c of list) {
    if (c.role === 'bare' || c.entry!.kind === 'state') continue;
    let j = view.prev(c.start);
    for (let n = 0; n < MAX_DESCRIPTOR_ADJECTIVES && j >= 0 && lowerContentWord(view, j) && !DESCRIPTORS.has(view.word(j)); n++) j = view.prev(j);
    if (j < 0 || !DESCRIPTORS.has(view.word(j))) continue;
    const d = view.prev(j);
    if (d >= 0 && ARTICLES.has(view.word(d))) {
      c.start = j;
      extended = true;
    }
  }
  if (!extended) return list;
  // A bare noun now inside a longer span (`le groupe jihadiste` before `Daech`) goes.
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start >= last.start && c.end <= last.end) continue;
    out.push(c);
  }
  return out;
}

function lowerContentWord(view: TokenView, j: number): boolean {
  return view.isWord(j) && !view.upperInitial(j) && !STOP.has(view.word(j)) && !GENITIVES.has(view.word(j)) && !ARTICLES.has(view.word(j));
}

function withArticle(view: TokenView, c: Candidate): void {
  const j = view.prev(c.start);
  // Articles are short words in `l`: no string is cut for the others.
  if (j < 0 || view.tokens.end[j]! - view.tokens.start[j]! > 3 || view.doc.folded.charCodeAt(view.tokens.start[j]!) !== 108) return;
  if (ARTICLES.has(view.word(j))) c.start = j;
}
