/**
 * What a weak trigger needs around it to make an event: a means of attack, a
 * target, casualties, a troop count, the object of a withdrawal... Each need
 * is a small test on the sentence.
 */
import type { SentenceContext } from './context.js';
import { demonymIndex } from './demonyms.js';
import { eventLexicon, type Need } from './lexicon.js';
import type { Trigger } from './triggers.js';

const WITHDRAWAL_OBJECTS = new Set(['mission', 'missions', 'troupes', 'forces', 'soldats', 'militaires', 'presence', 'contingent', 'contingents', 'coalition', 'operations', 'bases', 'base', 'conseillers', 'armee', 'pays', 'irak', 'syrie', 'afghanistan', 'mali']);
const WITHDRAWAL_SUBJECTS = new Set(['troupes', 'forces', 'soldats', 'militaires', 'operations', 'mission', 'coalition', 'contingent', 'americains', 'us', 'francais']);
const AGREEMENT_OBJECTS = new Set(['accord', 'accords', 'traite', 'entente', 'cessez', 'treve', 'memorandum', 'protocole', 'd', 'de']);
const THREAT_OBJECTS = new Set(['action', 'actions', 'operations', 'operation', 'attaques', 'attaque', 'frappes', 'voie', 'detruire', 'frapper', 'cibler', 'attaquer', 'represailles', 'combat', 'lutte', 'resistance', 'riposter', 'riposte', 'avertissement', 'menace', 'reprendre', 'cibles', 'cible', 'vengeance', 'venger']);
const TARGET_WORDS = new Set(['contre', 'sur', 'visant', 'vers']);
const MISSION_WORDS = new Set(['mission', 'missions', 'operations', 'presence']);
const ANNOUNCE = new Set(['annoncant', 'annonce', 'annoncent', 'promet', 'promettent', 'promis', 'menace', 'menacent', 'jure', 'jurent', 'annonce']);

function window(keys: readonly string[], from: number, to: number, set: { has(key: string): boolean }): boolean {
  for (let j = Math.max(0, from); j < to; j++) if (set.has(keys[j]!)) return true;
  return false;
}

export function needMet(need: Need, t: Trigger, ctx: SentenceContext, all: readonly Trigger[]): boolean {
  const { keys } = ctx;
  const { firstToken: first, endToken: end } = ctx.info;
  const after = (n: number) => Math.min(end, t.last + 1 + n);
  switch (need) {
    case 'means':
      return ctx.attackTypes.length > 0;
    case 'attackNoun':
      return all.some((o) => o !== t && o.type === 'attack' && o.pos === 'noun' && o.entry.strength === 'strong');
    case 'attackVerb':
      return all.some((o) => o !== t && o.type === 'attack' && o.pos !== 'noun');
    case 'target':
      return (
        window(keys, t.last + 1, after(6), TARGET_WORDS) ||
        ctx.actors.some((a) => a.first > t.last && a.first <= t.last + 5) ||
        window(keys, t.last + 1, after(5), demonymIndex())
      );
    case 'casualties':
      return ctx.quantities.some((q) => q.kind === 'killed' || q.kind === 'injured');
    case 'count':
      return ctx.quantities.some((q) => q.kind === 'count' && q.first > t.first - 4 && q.first <= t.last);
    case 'troops':
      return ctx.quantities.some((q) => q.kind === 'troops');
    case 'withdrawalObject':
      return window(keys, t.last + 1, after(12), WITHDRAWAL_OBJECTS);
    case 'mission':
      return window(keys, t.last + 1, after(12), MISSION_WORDS);
    case 'missionSubject':
      return window(keys, Math.max(first, t.first - 8), t.first, MISSION_WORDS);
    case 'withdrawalSubject':
      return window(keys, Math.max(first, t.first - 8), t.first, WITHDRAWAL_SUBJECTS);
    case 'agreementObject':
      return window(keys, t.last + 1, after(6), AGREEMENT_OBJECTS);
    case 'threatObject':
      return window(keys, t.last + 1, after(10), THREAT_OBJECTS);
    case 'threatDeadline':
      return window(keys, t.last + 1, after(10), new Set(['pour', 'jours', 'semaines', 'mois', 'heures']));
    case 'threatFrame':
      return window(keys, Math.max(first, t.first - 4), t.first, eventLexicon().modality.threatGovernors);
    case 'announce':
      return window(keys, Math.max(first, t.first - 4), t.first, ANNOUNCE);
    case 'date':
      return ctx.dates.some((d) => d.value !== null || d.mod !== undefined);
    case 'anaphor':
      return false;
    case 'progressive':
      return keys[t.last + 1] === 'progressive' || keys[t.last + 1] === 'progressif';
    case 'reflexive':
      return t.group?.reflexive === true;
    case 'future':
      return t.group?.tense === 'future';
    case 'agreementVerb':
      return false;
    default:
      return false;
  }
}
