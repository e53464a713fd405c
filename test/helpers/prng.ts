/** A seeded random source: the corpus and any generated fixture must be byte-identical per seed. */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** True with probability p. */
  chance(p: number): boolean
}

/**
 * mulberry32: 32-bit state, full period, fast, and the same sequence on every engine, which is
 * all a benchmark corpus needs (it is not for anything secret).
 */
export function prng(seed: number): Prng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  return { next, int, pick, chance: (p) => next() < p }
}
