/**
 * The gold-file format of ANNOTATION.md §2, as a zod schema: `--check`
 * validates against it and the scorer reads through it.
 */
import { z } from 'zod';
import { ACTOR_KINDS, ATTACK_TYPES, CalendarValueSchema, DATE_MODS, DATE_PRECISIONS, EVENT_TYPES, PLACE_KINDS, QUALIFIERS, QUANTITY_KINDS } from '../schema.js';

const Text = z.string().min(1);

export const GoldDateSchema = z.object({
  text: Text,
  value: CalendarValueSchema.nullable(),
  precision: z.enum(DATE_PRECISIONS).optional(),
  mod: z.enum(DATE_MODS).optional(),
});
export const GoldActorSchema = z.object({ text: Text, name: Text, id: z.string().optional(), kind: z.enum(ACTOR_KINDS).optional() });
export const GoldPlaceSchema = z.object({
  text: Text,
  name: Text,
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  kind: z.enum(PLACE_KINDS).optional(),
});
export const GoldQuantitySchema = z.object({ text: Text, value: z.number().nonnegative(), qualifier: z.enum(QUALIFIERS) });
export const GoldQuantityMentionSchema = GoldQuantitySchema.extend({ kind: z.enum(QUANTITY_KINDS) });
export const GoldAttackTypeSchema = z.object({ text: Text, value: z.enum(ATTACK_TYPES) });

export const GoldEventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  attackTypes: z.array(z.enum(ATTACK_TYPES)),
  date: GoldDateSchema.nullable(),
  actor: GoldActorSchema.nullable(),
  target: GoldActorSchema.nullable(),
  places: z.array(GoldPlaceSchema),
  killed: GoldQuantitySchema.nullable(),
  injured: GoldQuantitySchema.nullable(),
  troops: GoldQuantitySchema.nullable(),
  count: GoldQuantitySchema.nullable(),
  evidence: z.union([Text, z.array(Text).min(1)]),
});

export const GoldMentionsSchema = z.object({
  dates: z.array(GoldDateSchema),
  actors: z.array(GoldActorSchema),
  places: z.array(GoldPlaceSchema),
  quantities: z.array(GoldQuantityMentionSchema),
  attackTypes: z.array(GoldAttackTypeSchema),
});

export const GoldFileSchema = z.object({
  referenceDate: CalendarValueSchema.nullable(),
  note: z.string().optional(),
  events: z.array(GoldEventSchema),
  mentions: GoldMentionsSchema,
});

export type GoldFile = z.infer<typeof GoldFileSchema>;
export type GoldEvent = z.infer<typeof GoldEventSchema>;
export type GoldMentions = z.infer<typeof GoldMentionsSchema>;
export type GoldActor = z.infer<typeof GoldActorSchema>;
export type GoldPlace = z.infer<typeof GoldPlaceSchema>;
export type MentionCategory = keyof GoldMentions;
export const MENTION_CATEGORIES = ['dates', 'actors', 'places', 'quantities', 'attackTypes'] as const satisfies readonly MentionCategory[];
