/**
 * The output contract of ../shared/ANNOTATION.md §1, as zod schemas.
 * Every TypeScript type of the public API is inferred from these, so the
 * declarations cannot drift from what is validated.
 */
import { z } from 'zod';

export const EVENT_TYPES = ['attack', 'threat', 'agreement', 'withdrawal', 'troop_presence', 'accident'] as const;
export const ATTACK_TYPES = ['drone', 'rocket', 'missile', 'airstrike', 'artillery', 'explosive', 'gunfire', 'unknown'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const DATE_MODS = ['approx', 'start', 'mid', 'end', 'before', 'after'] as const;
export const ACTOR_KINDS = ['armed_group', 'state', 'coalition', 'organization'] as const;
export const PLACE_KINDS = ['country', 'region', 'city', 'site'] as const;
export const QUALIFIERS = ['exact', 'approx', 'min', 'max'] as const;
export const QUANTITY_KINDS = ['troops', 'killed', 'injured', 'count'] as const;
export const SENTENCE_ROLES = ['body', 'headline', 'boilerplate'] as const;

/** `input.slice(start, end) === text` holds for every span of a result. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

/** A calendar value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const CalendarValueSchema = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

export const DateSchema = SpanSchema.extend({
  /** Null when the expression cannot be resolved (no reference date for a relative expression). */
  value: CalendarValueSchema.nullable(),
  precision: z.enum(DATE_PRECISIONS),
  mod: z.enum(DATE_MODS).optional(),
});

export const ActorSchema = SpanSchema.extend({
  /** Stable slug, the same for every spelling of the actor (`kataeb-hezbollah`). */
  id: z.string().min(1),
  /** Canonical French name (ANNOTATION.md §6). */
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
});

export const PlaceSchema = SpanSchema.extend({
  name: z.string().min(1),
  /** ISO 3166-1 alpha-2, or null for seas and regions that span countries. */
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  kind: z.enum(PLACE_KINDS),
  /** WGS84 coordinates; null when the place is not in the gazetteer. */
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
});

export const QuantitySchema = SpanSchema.extend({
  value: z.number().nonnegative(),
  qualifier: z.enum(QUALIFIERS),
});

/** The name of the rule that produced a mention, so a changed output says which rule changed it. */
const RuleField = { rule: z.string() };

export const DateMentionSchema = DateSchema.extend(RuleField);
export const ActorMentionSchema = ActorSchema.extend(RuleField);
export const PlaceMentionSchema = PlaceSchema.extend(RuleField);
export const QuantityMentionSchema = QuantitySchema.extend({ kind: z.enum(QUANTITY_KINDS), ...RuleField });
export const AttackTypeMentionSchema = SpanSchema.extend({ value: z.enum(ATTACK_TYPES), ...RuleField });

export const MentionsSchema = z.object({
  dates: z.array(DateMentionSchema),
  actors: z.array(ActorMentionSchema),
  places: z.array(PlaceMentionSchema),
  quantities: z.array(QuantityMentionSchema),
  attackTypes: z.array(AttackTypeMentionSchema),
});

export const EventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  attackTypes: z.array(z.enum(ATTACK_TYPES)),
  date: DateSchema.nullable(),
  actor: ActorSchema.nullable(),
  target: ActorSchema.nullable(),
  /** Most specific first. */
  places: z.array(PlaceSchema),
  killed: QuantitySchema.nullable(),
  injured: QuantitySchema.nullable(),
  troops: QuantitySchema.nullable(),
  count: QuantitySchema.nullable(),
  /** The sentence that first states the event. */
  evidence: SpanSchema,
  /** The word or phrase that triggered the event. */
  trigger: SpanSchema,
  confidence: z.number().min(0).max(1),
});

export const SentenceSchema = SpanSchema.extend({
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  /** Headlines and boilerplate (menus, "Lire aussi" links) carry mentions but never events. */
  role: z.enum(SENTENCE_ROLES),
});

export const WarningSchema = z.object({
  code: z.enum(['html-converted', 'encoding-suspect', 'encoding-repaired', 'language-forced', 'language-uncertain', 'no-reference-date']),
  message: z.string(),
});

export const StageTimingSchema = z.object({ stage: z.string(), ms: z.number().nonnegative() });

export const AnalysisSchema = z.object({
  /** ISO 639-1 code of the language the text was processed as. */
  language: z.literal('fr'),
  /** The reference (publication) date used to resolve relative dates, or null. */
  referenceDate: CalendarValueSchema.nullable(),
  /** Where the reference date came from. */
  referenceDateSource: z.enum(['option', 'dateline']).nullable(),
  /** The dateline span, which is metadata and holds no mention. */
  dateline: SpanSchema.nullable(),
  sentences: z.array(SentenceSchema),
  mentions: MentionsSchema,
  events: z.array(EventSchema),
  warnings: z.array(WarningSchema),
  timings: z.array(StageTimingSchema).optional(),
});

export type Span = z.infer<typeof SpanSchema>;
export type DateValue = z.infer<typeof DateSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type ActorMention = z.infer<typeof ActorMentionSchema>;
export type PlaceMention = z.infer<typeof PlaceMentionSchema>;
export type QuantityMention = z.infer<typeof QuantityMentionSchema>;
export type AttackTypeMention = z.infer<typeof AttackTypeMentionSchema>;
export type Mentions = z.infer<typeof MentionsSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type StageTiming = z.infer<typeof StageTimingSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;
export type EventType = (typeof EVENT_TYPES)[number];
export type AttackType = (typeof ATTACK_TYPES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type DateMod = (typeof DATE_MODS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type QuantityKind = (typeof QUANTITY_KINDS)[number];
export type SentenceRole = (typeof SENTENCE_ROLES)[number];

/** JSON Schema (draft 2020-12) of `analyze()`'s result, for users outside TypeScript. */
export function analysisJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AnalysisSchema) as Record<string, unknown>;
}

/** JSON Schema of the array `extractEvents()` returns. */
export function eventsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(z.array(EventSchema)) as Record<string, unknown>;
}
