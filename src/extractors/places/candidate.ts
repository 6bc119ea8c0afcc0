import type { PlaceKind } from '../../schema.js';
import type { PlaceEntry } from './entry.js';

/** A span that may name a place, before filtering and resolution. */
export interface Candidate {
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  /** The folded words of the name (without a head). */
  words: string[];
  /** Index entries under the name's key; empty for a name only its context reveals. */
  entries: PlaceEntry[];
  rule: string;
  /** The kind a head gives (`la province de X` → region). */
  kind: PlaceKind | null;
  /** The head is part of the name: the mention starts there (`aéroport international d'Erbil`). */
  headStart: number | null;
  /** A country the context states (`la province syrienne de Homs`). */
  countryHint: string | null;
  /** A head or a locative precedes it (`près de Tours`). */
  licensed: boolean;
}
