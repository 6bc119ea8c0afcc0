/**
 * When a predicted value agrees with a gold one (ANNOTATION.md §7), shared by
 * mention and event-slot scoring.
 */
import { containsEitherWay, scoreKey } from './fold.js';

interface ActorLike {
  text: string;
  name: string;
  id?: string | undefined;
}
interface PlaceLike {
  text: string;
  name: string;
  country: string | null;
}

/** Actors agree by id, by folded name, or by folded texts containing one another. */
export function actorsAgree(p: ActorLike, g: ActorLike): boolean {
  if (p.id !== undefined && g.id !== undefined && p.id === g.id) return true;
  if (scoreKey(p.name) === scoreKey(g.name)) return true;
  return containsEitherWay(p.text, g.text);
}

/** Places agree by folded name or folded text containing one another, and the same country. */
export function placesAgree(p: PlaceLike, g: PlaceLike): boolean {
  if (p.country !== g.country) return false;
  return containsEitherWay(p.name, g.name) || containsEitherWay(p.text, g.text);
}

export function datesAgree(p: { value: string | null }, g: { value: string | null }): boolean {
  return p.value === g.value;
}

export function quantitiesAgree(p: { value: number; kind?: string }, g: { value: number; kind?: string }): boolean {
  return p.value === g.value && (p.kind === undefined || g.kind === undefined || p.kind === g.kind);
}
