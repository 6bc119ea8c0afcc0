/**
 * The shapes the actor extractor passes between its find and resolve steps.
 */
import type { ActorKind } from '../../schema.js';

/** One actor as the gazetteer (or a rule) knows it. */
export interface ActorEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** ISO 3166-1 alpha-2 of the country it belongs to, when one. */
  readonly country: string | null;
  readonly tags: readonly string[];
}

/**
 * What a gazetteer alias is:
 * - `name`: always an actor (an armed group, `Tsahal`, `le Pentagone`);
 * - `country`: a country name, an actor unless it is used as a place;
 * - `acting`: a capital or a seat of power, a place unless it acts;
 * - `block`: a longer name that is not an actor (`Amérique latine`).
 */
export type AliasRole = 'name' | 'country' | 'acting' | 'block';

/** Capitalization one alias word requires in the text. */
export const enum CaseRule {
  Any = 0,
  Initial = 1,
  Upper = 2,
}

export interface Alias {
  readonly entry: ActorEntry;
  readonly role: AliasRole;
  /** One rule per significant word, as written in the data. */
  readonly cases: readonly CaseRule[];
  /** Each word as written, for abbreviations in mixed case (`FAMa`). */
  readonly written: readonly string[];
}

/** A span of tokens `[start, end)` that some rule proposes as an actor. */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  /** Null while the actor still has to be resolved from context. */
  entry: ActorEntry | null;
  role: AliasRole | 'rule' | 'bare';
  /** Higher wins when two candidates of the same length overlap. */
  priority: number;
  /** For bare nouns: how to resolve them (see bare.ts). */
  resolve?: BareResolution;
}

export interface BareResolution {
  /** Resolve to the nearest earlier actor of this kind... */
  kind?: ActorKind;
  /** ...or carrying this tag... */
  tag?: string;
  /** ...or of this country (`les milices irakiennes`). */
  country?: string;
  /** When nothing earlier fits: the document's main country (`dominant`), only a state named nearby (`near`), a fixed id, or nothing. */
  fallback: 'dominant' | 'near' | 'resistance' | string | null;
}
