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
import { cutAliasesStored, looseKeysStored } from './alias-store.js';
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

const CAPITALS_OF = statesData.capitalsOf as Record<string, string>;
const NOT_NAMES = new Set(statesData.notNames);

let built: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (built ??= build());
}

interface Pending {
  entry: ActorEntry;
  text: string;
  role: AliasRole;
  translit: boolean;
}

function build(): Gazetteer {
  const g = {
    strict: new WordTrie<Alias>(),
    loose: new WordTrie<Alias>(),
    demonyms: new WordTrie<string>(),
    states: new Map<string, ActorEntry>(),
    byId: new Map<string, ActorEntry>(),
  };
  const pending: Pending[] = [];
  const add = (entry: ActorEntry, texts: readonly string[], role: AliasRole, translit = false): void => {
    for (const text of texts) pending.push({ entry, text, role, translit });
  };
  const territories = new Set(statesData.territories);
  for (const c of countriesData.countries) {
    if (territories.has(c.code)) continue;
    const entry: ActorEntry = { id: slugify(c.name), name: c.name, kind: 'state', country: c.code, tags: [] };
    g.states.set(c.code, entry);
    g.byId.set(entry.id, entry);
    add(entry, [c.name, ...c.aliases].filter((x) => !NOT_NAMES.has(x)), 'country');
    const extra = (actorsData.states as Record<string, StateData>)[c.code];
    const seats = [...(c.capital ? [c.capital] : []), ...c.capitalAliases, ...(extra?.actingOnly ?? [])];
    add(entry, seats.filter((x) => !(x in CAPITALS_OF) && !NOT_NAMES.has(x)), 'acting');
    add(entry, [...(extra?.aliases ?? []), ...(extra?.abbreviations ?? [])], 'name');
  }
  for (const d of actorsData.groups as GroupData[]) {
    const entry: ActorEntry = { id: d.id, name: d.name, kind: d.kind as ActorKind, country: d.country, tags: d.tags ?? [] };
    g.byId.set(entry.id, entry);
    add(entry, [d.name, ...d.aliases, ...(d.abbreviations ?? [])], 'name', d.translit === true);
  }
  for (const phrase of unidentifiedData.phrases) {
    const entry: ActorEntry = { id: slugify(phrase), name: phrase[0]!.toUpperCase() + phrase.slice(1), kind: 'armed_group', country: null, tags: ['unidentified'] };
    g.byId.set(entry.id, entry);
    add(entry, [phrase], 'name');
  }
  for (const [seat, id] of Object.entries(CAPITALS_OF)) add(g.byId.get(id)!, [seat], 'acting');
  const blocked: ActorEntry = { id: '-', name: '-', kind: 'organization', country: null, tags: [] };
  add(blocked, actorsData.notActors, 'block');
  indexAliases(g, pending);
  addDemonyms(g, territories);
  return g;
}

function indexAliases(g: Gazetteer, pending: readonly Pending[]): void {
  const words = cutAliasesStored(pending.map((p) => p.text));
  // A capitalized alias of a transliterated name also matches its variants; a lowercase one (`houthis`)
  // or an abbreviation (`EIAO`, whose loose key would be `a`) only as written.
  const loose = pending.map((p, i) => p.translit && words[i]!.cases[0] === CaseRule.Initial && words[i]!.keys.length > 0);
  const looseLists = looseKeysStored(words.filter((_, i) => loose[i]).map((w) => w.keys));
  let next = 0;
  pending.forEach((p, i) => {
    const w = words[i]!;
    if (w.keys.length === 0) return;
    const trie = loose[i] ? g.loose : g.strict;
    const keys = loose[i] ? looseLists[next++]! : w.keys;
    const existing = trie.get(keys);
    if (existing.some((a) => a.entry === p.entry && a.role === p.role && sameCases(a.cases, w.cases))) return;
    trie.add(keys, { entry: p.entry, role: p.role, cases: w.cases, written: w.written });
  });
}

function sameCases(a: readonly CaseRule[], b: readonly CaseRule[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

function addDemonyms(g: Gazetteer, territories: ReadonlySet<string>): void {
  const forms: string[] = [];
  const owners: string[] = [];
  for (const c of countriesData.countries) {
    if (territories.has(c.code)) continue;
    for (const d of c.demonyms) {
      forms.push(d);
      owners.push(c.code);
    }
  }
  const preferred = statesData.demonymPreferences as Record<string, string>;
  for (const [form, code] of Object.entries(preferred)) {
    forms.push(form);
    owners.push(code);
  }
  const byKey = new Map<string, Set<string>>();
  cutAliasesStored(forms).forEach((w, i) => {
    const key = w.keys.join(' ');
    if (!byKey.has(key)) byKey.set(key, new Set());
    byKey.get(key)!.add(owners[i]!);
  });
  for (const [key, codes] of byKey) {
    // Several owners and no preference: ambiguous, left out.
    const pick = preferred[key] ?? (codes.size === 1 ? [...codes][0] : undefined);
    if (pick) g.demonyms.add(key.split(' '), pick);
  }
}
