import type { PlaceKind } from '../../schema.js';

export type Source = 'curated' | 'country' | 'geonames';

/** A place the index knows, under one or more matching keys. */
export interface PlaceEntry {
  /** The name to output; null when the document's own spelling is the name. */
  readonly name: string | null;
  readonly country: string | null;
  readonly kind: PlaceKind;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly population: number;
  readonly source: Source;
  /** Matches even when no word of the span is capitalized (`territoires palestiniens occupés`). */
  readonly anyCase: boolean;
}
