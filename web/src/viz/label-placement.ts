/**
 * Greedy label placement for map points: heaviest first, each label tries four spots around its
 * point and is dropped when all four collide with labels already placed. Dropped points keep
 * their dot; their names are in the arcs' titles.
 */

export interface LabelInput {
  key: string
  x: number
  y: number
  text: string
}

export interface PlacedLabel extends LabelInput {
  /** Text position and anchor relative to the point. */
  dx: number
  dy: number
  anchor: 'start' | 'end'
}

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** An 11px system font averages about 6 px a character. */
const CHAR_WIDTH = 6.1
const LINE_HEIGHT = 12
const OFFSETS: Array<Pick<PlacedLabel, 'dx' | 'dy' | 'anchor'>> = [
  { dx: 5, dy: -4, anchor: 'start' },
  { dx: 5, dy: 12, anchor: 'start' },
  { dx: -5, dy: -4, anchor: 'end' },
  { dx: -5, dy: 12, anchor: 'end' },
]

/** Labels that fit, in input order of priority (heaviest first). */
export function placeLabelsWithoutOverlap(items: readonly LabelInput[]): PlacedLabel[] {
  const taken: Box[] = []
  const out: PlacedLabel[] = []
  for (const item of items) {
    for (const offset of OFFSETS) {
      const box = boxOf(item, offset)
      if (taken.some((t) => overlaps(t, box))) continue
      taken.push(box)
      out.push({ ...item, ...offset })
      break
    }
  }
  return out
}

function boxOf(item: LabelInput, o: Pick<PlacedLabel, 'dx' | 'dy' | 'anchor'>): Box {
  const width = item.text.length * CHAR_WIDTH
  const left = o.anchor === 'start' ? item.x + o.dx : item.x + o.dx - width
  const baseline = item.y + o.dy
  return { left, top: baseline - LINE_HEIGHT + 2, right: left + width, bottom: baseline + 2 }
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}
