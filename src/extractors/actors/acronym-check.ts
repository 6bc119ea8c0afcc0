/**
 * Whether an acronym plausibly abbreviates a name: most of its letters are
 * initials of the name's words (`FDS` for `Forces démocratiques syriennes`,
 * `JMIC` for `Centre conjoint d'information maritime`), which `AFP` after
 * `le gouvernement` is not.
 */
import { fold } from '../../text/fold.js';

export const ACRONYM_RE = /^[A-Z][A-Z0-9]{1,9}$/;

export function abbreviates(acronym: string, name: string): boolean {
  const initials = new Set(fold(name).split(/[^a-z0-9]+/).filter(Boolean).map((w) => w[0]!));
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length === 0) return false;
  let hits = 0;
  for (const c of letters) if (initials.has(c)) hits++;
  return hits * 2 >= letters.length;
}
