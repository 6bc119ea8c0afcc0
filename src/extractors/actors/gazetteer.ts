/**
 * The actor gazetteer, built once at first use from the data: the groups,
 * coalitions and organizations of actors.json, every sovereign state of
 * countries.json (name, aliases, capital) with the metonyms actors.json adds,
 * and the demonyms that tie `l'armée irakienne` to Irak.
 */
import countriesData from '../../lexicons/fr/countries.json' with { type: 'json' };
import actorsData from '../../lexicons/fr/actors.json' with { type: 'json' };
import statesData from './lexicon/states.json' with { type: 'json' };
import unidentifiedData from './lexicon/unidentified.json' with { type: 'json' };
import { aliasWords, looseKeys } from './alias-keys.js';
import { slugify } from './slug.js';
import { WordTrie } from './trie.js';
import { CaseRule, type ActorEntry, type Alias, type AliasRole } from './types.js';
import type { ActorKind } from '../../schema.js';

export interface Gazetteer {
  /** Aliases matched on folded words. */
  readonly strict: WordTrie<Alias>;
  /** Aliases of transliterated names, matched on the loose key of src/text/translit.ts. */
  readonly loose: WordTrie<Alias>;
  /** Demonym (any gender and number) → ISO code. */
  readonly demonyms: WordTrie<string>;
  readonly states: ReadonlyMap<string, ActorEntry>;
  readonly byId: ReadonlyMap<string, ActorEntry>;
}

interface GroupData {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  translit?: boolean;
  tags?: string[];
  aliases: string[];
  abbreviations?: string[];
}
interface StateData {
  aliases: string[];
  abbreviations: string[];
  actingOnly: string[];
}

let built: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (built ??= build());
}

function build(): Gazetteer {
  const g = {
    strict: new WordTrie<Alias>(),
    loose: new WordTrie<Alias>(),
    demonyms: new WordTrie<string>(),
    states: new Map<string, ActorEntry>(),
    byId: new Map<string, ActorEntry>(),
  };
  const territories = new Set(statesData.territories);
  for (const c of countriesData.countries) {
    if (territories.has(c.code)) continue;
    const entry: ActorEntry = { id: slugify(c.name), name: c.name, kind: 'state', country: c.code, tags: [] };
    g.states.set(c.code, entry);
    g.byId.set(entry.id, entry);
    for (const a of [c.name, ...c.aliases]) addAlias(g, entry, a, 'country', false);
    const extra = (actorsData.states as Record<string, StateData>)[c.code];
    for (const a of [...(c.capital ? [c.capital] : []), ...c.capitalAliases, ...(extra?.actingOnly ?? [])]) addAlias(g, entry, a, 'acting', false);
    for (const a of [...(extra?.aliases ?? []), ...(extra?.abbreviations ?? [])]) addAlias(g, entry, a, 'name', false);
  }
  for (const d of actorsData.groups as GroupData[]) {
    const entry: ActorEntry = { id: d.id, name: d.name, kind: d.kind as ActorKind, country: d.country, tags: d.tags ?? [] };
    g.byId.set(entry.id, entry);
    for (const a of [d.name, ...d.aliases, ...(d.abbreviations ?? [])]) addAlias(g, entry, a, 'name', d.translit === true);
  }
  for (const phrase of unidentifiedData.phrases) {
    const entry: ActorEntry = { id: slugify(phrase), name: phrase[0]!.toUpperCase() + phrase.slice(1), kind: 'armed_group', country: null, tags: ['unidentified'] };
    g.byId.set(entry.id, entry);
    addAlias(g, entry, phrase, 'name', false);
  }
  const blocked: ActorEntry = { id: '-', name: '-', kind: 'organization', country: null, tags: [] };
  for (const a of actorsData.notActors) addAlias(g, blocked, a, 'block', false);
  addDemonyms(g, territories);
  return g;
}

function addAlias(g: Gazetteer, entry: ActorEntry, text: string, role: AliasRole, translit: boolean): void {
  const w = aliasWords(text);
  if (w.keys.length === 0) return;
  // A capitalized alias of a transliterated name also matches its variants; a lowercase one (`houthis`)
  // or an abbreviation (`EIAO`, whose loose key would be `a`) only as written.
  const loose = translit && w.cases[0] === CaseRule.Initial && w.keys.every((k) => k.length > 2 || w.keys.length > 1);
  const trie = loose ? g.loose : g.strict;
  const keys = loose ? looseKeys(w.keys) : w.keys;
  const existing = trie.get(keys);
  if (existing.some((a) => a.entry === entry && a.role === role && sameCases(a.cases, w.cases))) return;
  trie.add(keys, { entry, role, cases: w.cases, written: w.written });
}

function sameCases(a: readonly CaseRule[], b: readonly CaseRule[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

function addDemonyms(g: Gazetteer, territories: ReadonlySet<string>): void {
  const owners = new Map<string, Set<string>>();
  const note = (form: string, code: string): void => {
    const key = aliasWords(form).keys.join(' ');
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(code);
  };
  for (const c of countriesData.countries) if (!territories.has(c.code)) for (const d of c.demonyms) note(d, c.code);
  const preferred = statesData.demonymPreferences as Record<string, string>;
  for (const [form, code] of Object.entries(preferred)) note(form, code);
  for (const [key, codes] of owners) {
    // Several owners and no preference: ambiguous, left out.
    const pick = preferred[key] ?? (codes.size === 1 ? [...codes][0] : undefined);
    if (pick) g.demonyms.add(key.split(' '), pick);
  }
}
