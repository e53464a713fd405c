import type { Quantity } from '../contract/extraction.js'

type Qualifier = Quantity['qualifier']

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about',
  more_than: 'more than',
  less_than: 'less than',
  up_to: 'up to',
  order_of: 'of the order of',
}

// On a tie, the qualifier that implies the larger number wins: "more than 300" says more than
// "300", which says more than "about 300" or "up to 300".
const TIE_RANK: Record<Qualifier, number> = {
  more_than: 0,
  exact: 1,
  about: 2,
  order_of: 3,
  up_to: 4,
  less_than: 5,
}

export interface RegisterNumber {
  value: number
  /** "more than", "about"…, then "unit: containers" when the number counts a unit. */
  note: string
}

function isBetter(q: Quantity & { value: number }, best: Quantity & { value: number }): boolean {
  if (q.value !== best.value) return q.value > best.value
  return TIE_RANK[q.qualifier] < TIE_RANK[best.qualifier]
}

/**
 * The number a register prints for one designation: the largest quantity any source reports,
 * never a sum, because several reports of one flow are the same weapons counted again. A count
 * of the weapons themselves ("300 shells") is preferred to a count of a unit ("1,000
 * containers"), since the two do not compare; null when no source gives a number.
 */
export function largestQuantity(quantities: readonly (Quantity | null)[]): RegisterNumber | null {
  const known = quantities.filter((q): q is Quantity & { value: number } => q?.value != null)
  const unitless = known.filter((q) => q.unit === null)
  const pool = unitless.length > 0 ? unitless : known
  let best: (Quantity & { value: number }) | undefined
  for (const q of pool) if (best === undefined || isBetter(q, best)) best = q
  if (best === undefined) return null
  const note = [QUALIFIER_WORDS[best.qualifier], best.unit === null ? '' : `unit: ${best.unit}`]
  return { value: best.value, note: note.filter(Boolean).join('; ') }
}
