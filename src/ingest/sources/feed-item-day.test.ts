import { describe, expect, it } from 'vitest'
import { feedItemDay, type DatedItem } from './feed-item-day.js'

function item(raw: Record<string, string>, published: Date | null = null): DatedItem {
  return { rawDate: (name) => raw[name] ?? null, published, updated: null }
}

describe('feedItemDay', () => {
  it('reads RSS dates with their own offset, not in UTC', () => {
    expect(feedItemDay(item({ pubdate: 'Thu, 26 Oct 2023 01:30:00 +0900' }))).toBe('2023-10-26')
    expect(feedItemDay(item({ pubdate: '5 Mar 2024 10:00 GMT' }))).toBe('2024-03-05')
  })

  it('reads Atom and Dublin Core ISO dates', () => {
    expect(feedItemDay(item({ published: '2023-10-26T01:30:00+09:00' }))).toBe('2023-10-26')
    expect(feedItemDay(item({ date: '2023-10' }))).toBe('2023-10')
    expect(feedItemDay(item({ updated: '2022-01-31T00:00:00Z' }))).toBe('2022-01-31')
  })

  it('prefers the publication date to the update date', () => {
    const raw = { published: '2023-10-01T00:00:00Z', updated: '2023-11-20T00:00:00Z' }
    expect(feedItemDay(item(raw))).toBe('2023-10-01')
  })

  it("falls back to the parser's date, then to nothing", () => {
    const parsed = new Date(Date.UTC(2021, 6, 4, 12))
    expect(feedItemDay(item({ pubdate: 'le 4 juillet' }, parsed))).toBe('2021-07-04')
    expect(feedItemDay(item({ pubdate: 'Thu, 31 Feb 2023 10:00:00 GMT' }))).toBeNull()
    expect(feedItemDay(item({}))).toBeNull()
  })
})
