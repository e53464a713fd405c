import { describe, expect, it } from 'vitest'
import { measureHtml } from './html-shape.js'
import { stripTags, titleOf } from './strip-tags.js'

describe('stripTags', () => {
  const cases: Array<[string, string, string[]]> = [
    ['splits blocks', '<p>Un</p><p>Deux <b>trois</b></p>', ['Un', 'Deux trois']],
    [
      'skips scripts and styles',
      '<p>a</p><script>x<y</script><style>p{}</style><p>b</p>',
      ['a', 'b'],
    ],
    [
      'skips nav, aside and footer',
      '<nav>menu</nav><p>a</p><aside>pub</aside><footer>f</footer>',
      ['a'],
    ],
    ['drops comments', '<p>a<!-- hidden <p>x</p> -->b</p>', ['ab']],
    ['decodes entities', '<p>l&#8217;arm&eacute;e &amp; co</p>', ['l’armée & co']],
    ['keeps a lone less-than sign', '<p>3 < 5</p>', ['3 < 5']],
    ['stops at a tag that never closes', '<p>a</p><div class="x', ['a']],
    ['treats br as a break', 'ligne 1<br>ligne 2<br/>', ['ligne 1', 'ligne 2']],
    ['ignores self-closing svg', '<p>a<svg/>b</p>', ['ab']],
    ['empty input', '', []],
  ]
  it.each(cases)('%s', (_name, html, expected) => {
    expect(stripTags(html)).toEqual(expected)
  })

  it('is linear on many unterminated tags', () => {
    expect(stripTags('<a'.repeat(500_000))).toEqual([])
    expect(stripTags('< '.repeat(500_000))).toHaveLength(1)
  })
})

describe('titleOf', () => {
  it.each([
    ['<title>Un &amp; deux</title>', 'Un & deux'],
    ['<TITLE>\n  Haut  </TITLE>', 'Haut'],
    ['<p>none</p>', null],
    ['<title></title>', null],
  ])('%j → %j', (html, expected) => {
    expect(titleOf(html)).toBe(expected)
  })
})

describe('measureHtml', () => {
  it.each([
    ['<div><p>a</p></div>', { tags: 2, depth: 1 }],
    ['<p>a<p>b<p>c', { tags: 3, depth: 0 }],
    ['<div><div><div>', { tags: 3, depth: 3 }],
    ['<br><img src=x><hr>', { tags: 3, depth: 0 }],
    ['a < b', { tags: 0, depth: 0 }],
  ])('%j', (html, expected) => {
    expect(measureHtml(html)).toEqual(expected)
  })
})
