import { describe, expect, it } from 'vitest'
import { matchPath, resolveHref } from './router'

describe('matchPath', () => {
  it.each([
    ['/events/:id', '/events/KP-RU-1', { id: 'KP-RU-1' }],
    ['/events/:id', '/events/KP-RU-1/', { id: 'KP-RU-1' }],
    ['/events/:id', '/events/a%20b', { id: 'a b' }],
    ['/events', '/events', {}],
    ['/events', '/events/x', null],
    ['/events/:id', '/events/%E0%A4%A', null],
    ['/map', '/network', null],
  ])('%s against %s', (pattern, path, expected) => {
    expect(matchPath(pattern, path)).toEqual(expected)
  })
})

describe('resolveHref', () => {
  it('carries the current filters, not other parameters', () => {
    expect(resolveHref('/map', 'supplier=KP&sort=recent')).toBe('/map?supplier=KP')
  })
  it('keeps a target that has its own query', () => {
    expect(resolveHref('/events?sort=recent', 'supplier=KP')).toBe('/events?sort=recent')
  })
  it('gives the bare path without filters', () => {
    expect(resolveHref('/ingest', '')).toBe('/ingest')
  })
})
