/**
 * Actors: armed groups, forces, governments, coalitions and organizations,
 * each with a canonical id (one id whatever the spelling). Two phases:
 * find (gazetteer names, state institutions, named groups, bare nouns),
 * then resolve in context (a country or capital that acts or locates,
 * bare nouns to the actor they refer back to, spans that belong together).
 */
import type { Doc } from '../../pipeline/document.js';
import type { ActorMention } from '../../schema.js';
import type { Extractor } from '../types.js';
import { addAcronyms } from './acronyms.js';
import { decideAgency } from './agency.js';
import { findBareNouns } from './bare.js';
import { CountryContext } from './context.js';
import { findDemonymNouns } from './demonym-nouns.js';
import { findNames } from './find-names.js';
import { gateTokens } from './gate.js';
import { gazetteer } from './gazetteer.js';
import { findInstitutions } from './institutions.js';
import { mergeSpans } from './merge.js';
import { findNamed } from './named.js';
import { resolveBare } from './resolve.js';
import { selectCandidates } from './select.js';
import type { Candidate } from './types.js';
import { TokenView } from './view.js';

export const actorsExtractor: Extractor<'actors'> = {
  category: 'actors',
  extract: (doc) => extractActors(doc),
};

export function extractActors(doc: Doc): ActorMention[] {
  const g = gazetteer();
  const view = new TokenView(doc);
  const gate = gateTokens(view, g);
  const found: Candidate[] = [];
  const nameStarts = findNames(view, g, gate, found);
  findInstitutions(view, g, gate, found);
  findDemonymNouns(view, g, gate, found);
  findNamed(view, gate, nameStarts, found);
  findBareNouns(view, g, gate, found);
  const chosen = selectCandidates(found).filter((c) => c.role !== 'block');
  const located = chosen.filter((c) => c.role === 'country' || c.role === 'acting');
  const verdicts = decideAgency(view, located);
  const places = new Set(located.filter((_, k) => verdicts[k] === 'place'));
  const context = new CountryContext(view, g, gate, chosen);
  const actors = chosen.filter((c) => !places.has(c));
  resolveBare(g, context, actors);
  return addAcronyms(view, mergeSpans(view, g, actors)).map((c) => toMention(view, c));
}

function toMention(view: TokenView, c: Candidate): ActorMention {
  const start = view.tokens.start[c.start]!;
  const end = view.tokens.end[c.end - 1]!;
  const e = c.entry!;
  return { start, end, text: view.text.slice(start, end), id: e.id, name: e.name, kind: e.kind, rule: c.rule };
}
