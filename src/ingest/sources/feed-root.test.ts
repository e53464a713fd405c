import { describe, expect, it } from 'vitest'
import { isFeedText, rootElementOf } from './feed-root.js'

describe('rootElementOf', () => {
  it.each([
    ['<rss version="2.0"><channel/></rss>', 'rss'],
    ['\uFEFF<?xml version="1.0"?>\n<!-- made by hand -->\n<feed xmlns="x"/>', 'feed'],
    ['<?xml version="1.0"?><rdf:RDF xmlns:rdf="r"></rdf:RDF>', 'rdf:RDF'],
    ['<!DOCTYPE rss [ <!ENTITY a "]>"> <!ENTITY b "x"> ]>\n<rss/>', 'rss'],
    ['<!doctype html><html lang="fr"><body>x</body></html>', 'html'],
    ['  <note><to>me</to></note>', 'note'],
  ])('%j → %j', (text, root) => {
    expect(rootElementOf(text)).toBe(root)
  })

  it.each(['Plain words first <rss>', '', '<!-- never closed', '<?xml version="1.0"'])(
    'finds no root in %j',
    (text) => {
      expect(rootElementOf(text)).toBeNull()
    },
  )
})

describe('isFeedText', () => {
  it('knows RSS, RDF and Atom roots, with or without a prefix', () => {
    expect(isFeedText('<rss/>')).toBe(true)
    expect(isFeedText('<atom:feed xmlns:atom="a"/>')).toBe(true)
    expect(isFeedText('<rdf:RDF/>')).toBe(true)
  })

  it('does not take HTML or other XML for a feed', () => {
    expect(isFeedText('<html><body><rss/></body></html>')).toBe(false)
    expect(isFeedText('<urlset><url/></urlset>')).toBe(false)
  })

  it('stays quick on a prolog that never ends', () => {
    const started = performance.now()
    expect(isFeedText(`<!DOCTYPE x [${']'.repeat(200_000)}`)).toBe(false)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
