import { z } from 'zod'

/** Closed category taxonomy (../shared/eval/SCHEMA.md). */
export const CATEGORIES = [
  'aircraft',
  'air_defence',
  'armour',
  'artillery',
  'ammunition',
  'missiles',
  'drones',
  'naval',
  'small_arms',
  'sensors',
  'space',
  'nuclear',
  'technology',
  'unspecified',
] as const
export const CategorySchema = z.enum(CATEGORIES)
export type Category = z.infer<typeof CategorySchema>

export const PHASES = ['delivered', 'agreed', 'sought'] as const
export const PhaseSchema = z.enum(PHASES)
export type Phase = z.infer<typeof PhaseSchema>

export const CERTAINTIES = ['confirmed', 'alleged', 'denied'] as const
export const CertaintySchema = z.enum(CERTAINTIES)
export type Certainty = z.infer<typeof CertaintySchema>

export const STANCES = ['asserts', 'denies', 'condemns', 'doubts'] as const
export const StanceSchema = z.enum(STANCES)
export type Stance = z.infer<typeof StanceSchema>

export const ACTOR_KINDS = ['state', 'armed_group', 'organisation', 'person'] as const
export const ActorKindSchema = z.enum(ACTOR_KINDS)
export type ActorKind = z.infer<typeof ActorKindSchema>

/** A span of the normalised document text: `text === documentText.slice(start, end)`. */
export const SpanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
export type Span = z.infer<typeof SpanSchema>

export const ActorRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKindSchema,
})
export type ActorRef = z.infer<typeof ActorRefSchema>

export const QuantitySchema = z.object({
  value: z.number().nullable(),
  /** "more_than" for "plus de 1 000", "about" for "some 300", "exact" otherwise. */
  qualifier: z.enum(['exact', 'about', 'more_than', 'less_than', 'up_to', 'order_of']),
  unit: z.string().nullable(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
})
export type Quantity = z.infer<typeof QuantitySchema>

export const ItemSchema = z.object({
  text: z.string(),
  category: CategorySchema,
  /** Weapon-system id from data/entities/weapons.yaml when the item names a system. */
  system: z.string().nullable(),
  quantity: QuantitySchema.nullable(),
  start: z.number().int(),
  end: z.number().int(),
})
export type Item = z.infer<typeof ItemSchema>

export const SpeakerSchema = z.object({
  name: z.string(),
  /** ISO alpha-2 of the state the speaker speaks for; null when unknown (e.g. the UN). */
  country: z.string().nullable(),
  /** Entity id (official, body, state) when the speaker is in the reference data. */
  id: z.string().nullable(),
  kind: ActorKindSchema,
})
export type Speaker = z.infer<typeof SpeakerSchema>

export const ClaimSchema = z.object({
  speaker: SpeakerSchema,
  stance: StanceSchema,
  evidence: SpanSchema,
})
export type Claim = z.infer<typeof ClaimSchema>

/** A date with the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateSchema = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)

export const PeriodSchema = z.object({
  start: PartialDateSchema.nullable(),
  end: PartialDateSchema.nullable(),
})
export type Period = z.infer<typeof PeriodSchema>

export const TransferSchema = z.object({
  supplier: ActorRefSchema,
  recipient: ActorRefSchema,
  categories: z.array(CategorySchema),
  items: z.array(ItemSchema),
  phase: PhaseSchema,
  certainty: CertaintySchema,
  in_headline_only: z.boolean(),
  period: PeriodSchema,
  /** Sentences that state the transfer, in order (at most 25; see evidence_total). */
  evidence: z.array(SpanSchema),
  /** How many sentences state it in all. */
  evidence_total: z.number().int().nonnegative(),
  claims: z.array(ClaimSchema),
  /** Rule ids that produced the transfer: the reasons `--explain` prints. */
  rule_ids: z.array(z.string()),
})
export type Transfer = z.infer<typeof TransferSchema>

export const SegmentSchema = z.object({
  kind: z.enum(['title', 'body']),
  language: z.string(),
  start: z.number().int(),
  end: z.number().int(),
})
export type Segment = z.infer<typeof SegmentSchema>

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
})
export type ExtractionWarning = z.infer<typeof WarningSchema>

export const DocumentInfoSchema = z.object({
  title: z.string().nullable(),
  language: z.string(),
  segments: z.array(SegmentSchema),
  published: PartialDateSchema.nullable(),
})
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>

/**
 * The `armsgraph extract --format json` object (../shared/DESIGN.md contract).
 * @example
 * const out: Extraction = extract(text, data)
 * out.transfers[0]?.supplier.id // 'KP'
 */
export const ExtractionSchema = z.object({
  document: DocumentInfoSchema,
  transfers: z.array(TransferSchema),
  warnings: z.array(WarningSchema),
})
export type Extraction = z.infer<typeof ExtractionSchema>
