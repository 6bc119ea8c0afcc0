/**
 * Event assembly: triggers, slot filling from mentions, merging (issue 8).
 */
import type { Doc, MentionSet } from '../pipeline/document.js';
import type { Event } from '../schema.js';

export function assembleEvents(_doc: Doc, _mentions: Readonly<MentionSet>): Event[] {
  return [];
}
