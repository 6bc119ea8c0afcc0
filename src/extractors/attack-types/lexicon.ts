/**
 * The lexicon of attack means (src/lexicons/fr/attack-means.json), indexed
 * once, at first use.
 */
import means from '../../lexicons/fr/attack-means.json' with { type: 'json' };
import type { AttackType } from '../../schema.js';
import { lexKey } from '../../text/fold.js';
import { PhraseIndex } from '../phrases.js';

export interface MeansEntry {
  /** Null: a phrase that is not an attack means (`drones de reconnaissance`). */
  value: Exclude<AttackType, 'unknown'> | null;
  rule: string;
  /** A strike word whose complement may name the means (`frappes aux lance-roquettes`). */
  takesMeans: boolean;
  /** The form's words in lower case with their accents, to tell `frappe` from `frappé`. */
  accented: string[];
}

export interface MeansLexicon {
  index: PhraseIndex<MeansEntry>;
  links: Set<string>;
  skippable: Set<string>;
}

interface Group {
  rule: string;
  value: MeansEntry['value'];
  takesMeans?: boolean;
  forms: string[];
}

let built: MeansLexicon | null = null;

export function meansLexicon(): MeansLexicon {
  return (built ??= build());
}

function build(): MeansLexicon {
  const entries: [string, MeansEntry][] = [];
  for (const g of means.groups as Group[]) {
    for (const form of g.forms) {
      const accented = form.normalize('NFC').toLowerCase().split(/[\s'’-]+/).filter((w) => w.length > 0);
      entries.push([form, { value: g.value, rule: g.rule, takesMeans: g.takesMeans === true, accented }]);
    }
  }
  return {
    index: new PhraseIndex(entries),
    links: new Set(means.meansLinks.map(lexKey)),
    skippable: new Set(means.meansSkippable.map(lexKey)),
  };
}
