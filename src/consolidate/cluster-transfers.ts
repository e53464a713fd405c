import type { Category } from '../contract/extraction.js'
import type { DayWindow } from '../kb/types.js'
import { daysBetween } from './day-window.js'

/** Reports of one flow further apart than this (in days, between windows) are separate events. */
export const CLOSE_DAYS = 180

export interface Clusterable {
  categories: readonly Category[]
  window: DayWindow
}

class UnionFind {
  private readonly parent: Int32Array
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i)
  }
  find(i: number): number {
    let root = i
    while (this.parent[root] !== root) root = this.parent[root] ?? root
    // Path compression keeps later finds near constant.
    let node = i
    while (this.parent[node] !== root) {
      const next = this.parent[node] ?? root
      this.parent[node] = root
      node = next
    }
    return root
  }
  union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    // The smaller index is the root: the result does not depend on the order of unions.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}

/** Categories that say what moved; 'unspecified' (or none) is compatible with anything. */
function specific(categories: readonly Category[]): Category[] {
  return categories.filter((c) => c !== 'unspecified')
}

/**
 * Groups one supplier→recipient pair's transfers into events: two transfers belong together
 * when they share a category (or one says only 'unspecified') and their windows overlap or lie
 * within CLOSE_DAYS, and groups are the connected components of that relation. Returns groups of
 * input indices, each sorted, groups ordered by their first index.
 *
 * Per category, a sweep in window order finds the components in O(n log n): a window that starts
 * more than CLOSE_DAYS after every earlier window ends cannot touch any earlier one, and anything
 * that starts within that gap touches the one that ends last. Because components do not depend on
 * input order, adding documents one at a time gives the same groups as a full rebuild.
 */
export function clusterTransfers(items: readonly Clusterable[]): number[][] {
  const uf = new UnionFind(items.length)
  const byCategory = new Map<Category, number[]>()
  const wildcards: number[] = []
  items.forEach((item, i) => {
    const cats = specific(item.categories)
    if (cats.length === 0) wildcards.push(i)
    for (const c of cats) {
      let list = byCategory.get(c)
      if (!list) byCategory.set(c, (list = []))
      list.push(i)
    }
  })
  // A report that names no category joins every category's sweep; with no specific report at
  // all, the wildcards form their own sweep.
  const sweeps =
    byCategory.size === 0 ? [wildcards] : [...byCategory.values()].map((l) => [...l, ...wildcards])
  for (const members of sweeps) {
    const windowOf = (i: number) => items[i]?.window ?? NO_WINDOW
    members.sort((a, b) => compareWindows(windowOf(a), windowOf(b)) || a - b)
    let previous = -1
    let reach = ''
    for (const i of members) {
      const w = windowOf(i)
      if (previous >= 0 && daysBetween(reach, w.start) <= CLOSE_DAYS) uf.union(previous, i)
      if (previous < 0 || w.end > reach) {
        reach = w.end
      }
      previous = i
    }
  }
  const groups = new Map<number, number[]>()
  for (let i = 0; i < items.length; i++) {
    const root = uf.find(i)
    let g = groups.get(root)
    if (!g) groups.set(root, (g = []))
    g.push(i)
  }
  return [...groups.values()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
}

const NO_WINDOW: DayWindow = { start: '', end: '' }

function compareWindows(a: DayWindow, b: DayWindow): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0
}
