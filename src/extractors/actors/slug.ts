/**
 * Ids and display names for actors found by rule rather than in the gazetteer.
 */
import { fold, stripMarks } from '../../text/fold.js';
import { slug } from '../../text/slug.js';

/** The stable id of a name: folded, every run of non-alphanumerics a hyphen (`État islamique` → `etat-islamique`). */
export function slugify(name: string): string {
  const ascii = stripMarks(fold(name))
    .replace(/[^a-z0-9]+/g, '-')
    // Runs are single hyphens by now; `-+$` would rescan a run at each of its hyphens.
    .replace(/^-|-$/g, '');
  // A name with no Latin letter or digit (`milice Σ`, Arabic script) keeps its own letters: an id is never empty.
  return ascii || slug(name) || 'unnamed';
}

const LEADING_DETERMINER_RE = /^(?:les|le|la|l['’]|des|du|un|une)\s*/iu;

/** A display name from a mention's text: no leading article, typographic apostrophes plain, capital initial. */
export function nameFromText(text: string): string {
  const bare = text.replace(LEADING_DETERMINER_RE, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  return bare.length === 0 ? text : bare[0]!.toUpperCase() + bare.slice(1);
}
