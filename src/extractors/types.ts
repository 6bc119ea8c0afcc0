/**
 * The one interface every extractor implements: read the document (and the
 * mentions earlier extractors found), return mentions of one category with
 * plain-text offsets. Extractors never build events.
 */
import type { Doc, MentionSet } from '../pipeline/document.js';

export interface Extractor<K extends keyof MentionSet> {
  /** The category it fills, which is also its pipeline stage name. */
  readonly category: K;
  extract(doc: Doc, found: Readonly<MentionSet>): MentionSet[K];
}
