import type { ActorRef, Category, Certainty } from '../api/types'

/**
 * The colours every view shares, so a category or a certainty reads the same on the network, the
 * map and the timeline. Red and amber are kept for embargo breaches alone: no category or
 * certainty uses them where breaches are drawn.
 */

/** A qualitative palette in the contract's category order (src/contract/extraction.ts). */
export const CATEGORY_COLOURS = {
  aircraft: '#4e79a7',
  air_defence: '#9ecae9',
  armour: '#8cd17d',
  artillery: '#e15759',
  ammunition: '#f28e2b',
  missiles: '#b07aa1',
  drones: '#59a14f',
  naval: '#17becf',
  small_arms: '#edc948',
  sensors: '#86bcb6',
  space: '#3b3b8f',
  nuclear: '#ff9da7',
  technology: '#9c755f',
  unspecified: '#bab0ac',
} as const satisfies Record<Category, string>

export const CATEGORY_ORDER = Object.keys(CATEGORY_COLOURS) as Category[]

export const CERTAINTY_COLOURS = {
  confirmed: '#1f4e8c',
  alleged: '#8d6cc0',
  denied: '#9a9a9a',
} as const satisfies Record<Certainty, string>

export const CERTAINTY_ORDER = Object.keys(CERTAINTY_COLOURS) as Certainty[]

/** A UN or EU embargo breach, and a breach that is only possible (a window straddling a date). */
export const BREACH_COLOUR = '#d32f2f'
export const POSSIBLE_BREACH_COLOUR = '#f0a800'

/** Map tints for the countries of the current flows. */
export const PLACE_TINTS = {
  supplier: '#c9dcf0',
  recipient: '#f5d9b8',
  both: '#dccbe6',
  other: '#eceae6',
} as const

/** Node styles by actor kind: states are discs, armed groups diamonds (legend in NetworkLegend). */
export const ACTOR_STYLES = {
  state: { shape: 'ellipse', fill: '#e3e9f0', border: '#5b6b7c', label: 'State' },
  armed_group: { shape: 'diamond', fill: '#f6e6c8', border: '#8a6d3b', label: 'Armed group' },
  organisation: {
    shape: 'round-rectangle',
    fill: '#e2efe2',
    border: '#4f7a4f',
    label: 'Organisation',
  },
  person: { shape: 'round-triangle', fill: '#efe2ef', border: '#7a4f7a', label: 'Person' },
} as const satisfies Record<
  ActorRef['kind'],
  { shape: string; fill: string; border: string; label: string }
>

/** The colour of a timeline series key: a category or a certainty, grey when unknown. */
export function seriesColour(key: string): string {
  const colours: Record<string, string> = { ...CATEGORY_COLOURS, ...CERTAINTY_COLOURS }
  return colours[key] ?? '#777777'
}

/** Series keys in legend and stacking order: the palette's order, unknown keys last by name. */
export function orderSeriesKeys(keys: readonly string[]): string[] {
  const known: readonly string[] = [...CATEGORY_ORDER, ...CERTAINTY_ORDER]
  const rank = (k: string): number => {
    const i = known.indexOf(k)
    return i < 0 ? known.length : i
  }
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

/** "air_defence" → "air defence". */
export function labelOf(key: string): string {
  return key.replaceAll('_', ' ')
}
