import { describe, expect, it } from 'vitest'
import { htmlToText } from './html-to-text.js'

/** A French news page written for this test, with the usual furniture around the article. */
const PAGE = `<!doctype html>
<html lang="fr-FR"><head>
<title>Paris envoie des canons à Kyiv - Le Quotidien Exemple</title>
<meta property="og:site_name" content="Le Quotidien Exemple">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
<style>body { color: red }</style>
<script>var tracker = "SCRIPT-LEAK";</script>
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">NAV-LEAK Monde</a></nav>
<aside>ASIDE-LEAK Abonnez-vous dès maintenant</aside>
<article>
  <h1>Paris envoie des canons à Kyiv</h1>
  <p class="byline">Par Jeanne Exemple</p>
  <p>Le ministère des Armées a confirmé mardi l&#8217;envoi de douze canons automoteurs
  supplémentaires vers l&rsquo;Ukraine, selon un communiqué diffusé dans la matinée.</p>
  <p>Ces pièces d&apos;artillerie s&#8217;ajoutent aux livraisons annoncées à l’automne, a précisé
  un porte-parole, sans fixer de calendrier pour leur arrivée sur le front.</p>
  <p>Moscou a dénoncé une nouvelle escalade &amp; promis une riposte, tandis que plusieurs alliés
  européens étudient des envois comparables dans les semaines à venir.</p>
</article>
<footer>FOOTER-LEAK © 2024 mentions légales</footer>
<script>track("SCRIPT-LEAK-2")</script>
</body></html>`

describe('htmlToText on an article page', () => {
  const out = htmlToText(PAGE, 'https://www.example.fr/monde/canons')

  it('reads the metadata', () => {
    expect(out.title).toBe('Paris envoie des canons à Kyiv')
    expect(out.published).toBe('2024-03-05')
    expect(out.language).toBe('fr')
    expect(out.publisher).toBe('Le Quotidien Exemple')
  })

  it('keeps the three paragraphs apart, entities decoded', () => {
    const paragraphs = out.text.split('\n\n')
    expect(paragraphs.slice(-3).map((p) => p.slice(0, 20))).toEqual([
      'Le ministère des Arm',
      "Ces pièces d'artille",
      'Moscou a dénoncé une',
    ])
    expect(out.text).toContain('l’envoi de douze canons automoteurs supplémentaires')
    expect(out.text).toContain('escalade & promis')
  })

  it.each(['SCRIPT-LEAK', 'NAV-LEAK', 'ASIDE-LEAK', 'FOOTER-LEAK', 'color: red'])(
    'drops page furniture: %s',
    (marker) => {
      expect(out.text).not.toContain(marker)
    },
  )
})

describe('htmlToText metadata sources', () => {
  const cases: Array<[string, string, Partial<ReturnType<typeof htmlToText>>]> = [
    [
      'og:title wins over <title>',
      '<html><head><meta property="og:title" content="Headline A"><title>B</title></head><body><p>x</p></body></html>',
      { title: 'Headline A' },
    ],
    [
      'JSON-LD date and publisher',
      '<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T10:00:00Z","publisher":{"name":"Exemple Presse"}}]}</script></head><body><p>x</p></body></html>',
      { published: '2023-11-02', publisher: 'Exemple Presse' },
    ],
    [
      '<time datetime> and a broken JSON-LD block',
      '<html><head><script type="application/ld+json">{broken</script></head><body><time datetime="2022-01-31">hier</time><p>x</p></body></html>',
      { published: '2022-01-31' },
    ],
    [
      'JSON-LD publisher country as a code or a Country object; other values ignored',
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Vigie","address":{"addressCountry":"ca"}}}</script></head><body><p>x</p></body></html>',
      { publisher: 'Vigie', publisherCountry: 'CA' },
    ],
    [
      'JSON-LD publisher country given by name only',
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"P","address":{"addressCountry":{"@type":"Country","name":"Canada"}}}}</script></head><body><p>x</p></body></html>',
      { publisherCountry: null },
    ],
    ['no metadata at all', '<p>Bonjour</p>', { title: null, published: null, language: null }],
  ]
  it.each(cases)('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toMatchObject(expected)
  })

  it('falls back to the URL host for the publisher', () => {
    expect(htmlToText('<p>x</p>', 'https://www.example.org/a').publisher).toBe('example.org')
  })
})

describe('htmlToText on hostile or broken input', () => {
  it('never throws on RSS-like garbage and keeps the readable bits', () => {
    const garbage =
      '<?xml version="1.0"?><rss><channel><item><title>A &amp; B</title><description><![CDATA[<p>Texte</p>]]></description></item><</rss'
    const out = htmlToText(garbage)
    expect(out.title).toBe('A & B')
    expect(out.text).toContain('Texte')
  })

  it('returns nothing rather than failing on 5 MB of nested tags', () => {
    const out = htmlToText('<div><span>'.repeat(480_000))
    expect(out.text).toBe('')
    expect(out.title).toBeNull()
  })

  it('still finds text inside deeply nested markup', () => {
    const html = `<html><body>${'<div>'.repeat(2_000)}<p>Les obus sont arrivés.</p>${'</div>'.repeat(2_000)}</body></html>`
    expect(htmlToText(html).text).toBe('Les obus sont arrivés.')
  })

  it.each(['', '<', '<<<>>>', '<html', '</p></div>', '<script>never closed'])(
    'handles %j',
    (html) => {
      expect(() => htmlToText(html)).not.toThrow()
    },
  )
})
