import { z } from 'zod'
import { CategorySchema } from '../contract/extraction.js'

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
const Urls = z.array(z.string().min(1)).min(1)

/**
 * Who an embargo provision protects against. A transfer is covered when the recipient (for
 * `to`) or the supplier (for `from`) is one of `states`, one of `groups`, or an armed group
 * based in one of `armed_groups_in` (data/entities/groups.yaml `based_in`). `partial` says the
 * provision covers only part of a listed state (Darfur in Sudan): a transfer to that state is
 * then only a possible breach, with this text as the reason.
 */
export const EmbargoTarget = z
  .object({
    states: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
    groups: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    armed_groups_in: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
    partial: z.string().min(1).nullable().default(null),
  })
  .refine(
    (t) => t.states.length + t.groups.length + t.armed_groups_in.length > 0,
    'a target needs at least one state, group or armed_groups_in country',
  )

/**
 * One provision in force over one period: a widening of scope is a new provision with its own
 * start (DPRK small arms from 2016-03-02), an ending is an `end` (exclusive).
 */
export const EmbargoProvision = z.object({
  /** The text that imposes it, as cited: "UNSCR 2270 para 6", "Decision 2014/512/CFSP art. 2". */
  provision: z.string().min(1),
  direction: z.enum(['to', 'from']),
  target: EmbargoTarget,
  /** What the provision covers, in words. */
  scope: z.string().min(1),
  /**
   * Categories it clearly covers ('all' = all arms and related materiel); empty when it covers
   * only items our categories cannot pin down (missile technology above a range threshold).
   */
  categories: z.union([z.literal('all'), z.array(CategorySchema)]),
  /** Categories it may cover (unsettled scope, range thresholds): assessed as "possible". */
  possible_categories: z.array(CategorySchema).default([]),
  start: IsoDay,
  /** First day it no longer applies; null = still in force. */
  end: IsoDay.nullable(),
  /** Exemptions in words; armsgraph assumes none applies unless the case says so. */
  exemptions: z.string().min(1).nullable().default(null),
  /** Who disputes that it is in force (the 2025 Iran snapback); null = undisputed. */
  disputed: z.string().min(1).nullable().default(null),
})

export const EmbargoInstrument = z.object({
  /** Canonical id (../shared/reference/embargoes.md §1): "UNSCR 1718", "EU 2014/512/CFSP". */
  id: z.string().min(1),
  body: z.enum(['UN', 'EU']),
  title: z.string().min(1),
  /** Chapter VII decision or CFSP Decision; non-binding measures are kept but never reported. */
  binding: z.boolean(),
  /** Later acts that widened, narrowed, renewed or restated it, with their dates. */
  amended_by: z
    .array(z.object({ act: z.string().min(1), date: IsoDay, change: z.string().min(1) }))
    .default([]),
  provisions: z.array(EmbargoProvision).min(1),
  source: Urls,
  /** V checked against a cited source, P partly, U unchecked (see the reference's flags). */
  verification: z.enum(['V', 'P', 'U']),
  note: z.string().min(1).nullable().default(null),
})

/** data/embargoes.yaml */
export const EmbargoesFile = z.object({
  instruments: z.array(EmbargoInstrument).min(1),
  /** EU member states with accession and (for the UK) the day EU law stopped applying. */
  eu_members: z.record(
    z.string().regex(/^[A-Z]{2}$/),
    z.object({ from: IsoDay, until: IsoDay.nullable().default(null) }),
  ),
})

export type EmbargoTargetT = z.infer<typeof EmbargoTarget>
export type EmbargoProvisionT = z.infer<typeof EmbargoProvision>
export type EmbargoInstrumentT = z.infer<typeof EmbargoInstrument>
export type EmbargoesFileT = z.infer<typeof EmbargoesFile>
