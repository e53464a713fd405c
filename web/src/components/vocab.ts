import type { Category, Certainty, Phase, ReviewStatus } from '../api/types'

/**
 * The API's closed vocabularies, copied rather than imported: the web bundle takes only types from
 * src/ (the contract module brings zod along). The checks below fail to compile on drift.
 */
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
] as const satisfies readonly Category[]
export const PHASES = ['delivered', 'agreed', 'sought'] as const satisfies readonly Phase[]
export const CERTAINTIES = [
  'confirmed',
  'alleged',
  'denied',
] as const satisfies readonly Certainty[]
export const REVIEW_STATUSES = [
  'accepted',
  'rejected',
  'edited',
] as const satisfies readonly ReviewStatus[]

type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false
const complete: [
  Missing<Category, (typeof CATEGORIES)[number]>,
  Missing<Phase, (typeof PHASES)[number]>,
  Missing<Certainty, (typeof CERTAINTIES)[number]>,
  Missing<ReviewStatus, (typeof REVIEW_STATUSES)[number]>,
] = [true, true, true, true]
void complete

/** "air_defence" → "air defence". */
export function labelOf(value: string): string {
  return value.replaceAll('_', ' ')
}
