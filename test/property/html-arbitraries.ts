import fc from 'fast-check'

/**
 * Written inside every generated `<script>` and nowhere else: if it reaches the text, script
 * content leaked. Generated text never contains it (no generator emits this letter sequence).
 */
export const SCRIPT_MARK = 'QZXSCRIPTQZX'

/** Seed pages for the mutation tests, in our own words: the shapes news sites serve. */
export const SEED_PAGES: readonly string[] = [
  `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministry confirms second artillery shipment | The Harbour Courier</title>
<meta property="og:title" content="Ministry confirms second artillery shipment">
<meta property="og:site_name" content="The Harbour Courier">
<meta property="article:published_time" content="2024-05-02T09:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-05-02","publisher":{"name":"The Harbour Courier","address":{"addressCountry":"GB"}}}]}</script>
<style>.ad{display:none} p::after{content:"<b>"}</style>
<script>window.dataLayer=[];if(a<b&&c>d){track("${SCRIPT_MARK}")}</script>
</head><body class="article">
<!-- header starts -->
<nav><ul><li><a href="/">Home</a></li><li><a href="/world?x=1&amp;y=2">World</a></li></ul></nav>
<main><article>
<h1>Ministry confirms second artillery shipment</h1>
<p class="byline">By A. Writer &middot; <time datetime="2024-05-02">2 May 2024</time></p>
<p>The defence ministry said on Thursday that a second consignment of 155mm shells had left
the port &ndash; the &ldquo;largest so far&rdquo; &#8212; bound for the eastern front.</p>
<p>Officials declined to give numbers, but a parliamentary aide put the total at more than
1&#x202F;000 rounds. <a href="https://example.org/report">Read the report</a>.</p>
<figure><img src="/a.jpg" alt="Crates &quot;on&quot; a quay"><figcaption>Crates on a quay.</figcaption></figure>
<blockquote>“We will keep supplying what is needed,” the minister said.</blockquote>
<p>Opposition members questioned the cost<br>and asked for a debate.</p>
</article>
<aside>Related: <a href="/b">Other story</a></aside></main>
<footer><p>&copy; 2024 The Harbour Courier</p></footer>
<script src="/app.js"></script><script>var x = "</div>";${SCRIPT_MARK}()</script>
</body></html>`,
  `<html lang="fr-FR"><head><title>Livraisons d'obus : Paris précise le calendrier</title>
<meta name="description" content="Le ministère détaille les envois &amp; les délais.">
</head><body><div id="page"><div class="col"><div class="story">
<h2>Livraisons d’obus : Paris précise le calendrier</h2>
<p>Selon le ministère des Armées, les livraisons de 3&nbsp;000 obus à l’Ukraine s’étaleront
jusqu’en décembre. <em>« Le rythme sera tenu »</em>, a assuré un conseiller.</p>
<p>Une partie des munitions viendra de stocks existants ; le reste sera produit en France.<p>
Le calendrier exact n'a pas été rendu public.
<table><tr><td>Mars</td><td>1 000</td><tr><td>Juin</td><td>2 000</td></table>
<noscript><p>Activez JavaScript</p></noscript>
<![CDATA[ ceci n'est pas du HTML > ni une section ]]>
</div></div></div><script>${SCRIPT_MARK}</script></body></html>`,
  `<p>Short page without head or body: Iran delivered drones to Russia, officials said.</p>
<ul><li>one<li>two<li>three</ul><select><option>a<option>b</select><svg><text>x</text></svg>`,
]

/** Characters at which a cut or an insertion changes the parse. */
export const STRUCTURAL_MARKS: readonly string[] = [
  '<',
  '>',
  '"',
  "'",
  '&',
  ';',
  '=',
  '/',
  '-',
  ']',
]

const TAGS = [
  ...['div', 'p', 'span', 'a', 'b', 'i', 'em', 'strong', 'font', 'article', 'section', 'main'],
  ...['header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...['table', 'tbody', 'tr', 'td', 'th', 'blockquote', 'figure', 'figcaption', 'pre', 'code'],
  ...['form', 'button', 'select', 'option', 'noscript', 'template', 'svg', 'object', 'time'],
  ...['html', 'head', 'body', 'unknown-element', 'x', 'o:p', 'image', 'math'],
]
const VOIDS = ['br', 'img', 'hr', 'meta', 'link', 'input', 'wbr', 'source']
const ATTRIBUTE_NAMES = [
  ...['class', 'id', 'href', 'src', 'style', 'title', 'alt', 'lang', 'datetime', 'property'],
  ...[
    'content',
    'name',
    'type',
    'onclick',
    'data-x',
    'aria-hidden',
    'hidden',
    'xmlns:o',
    '__proto__',
  ],
]
const ENTITIES = [
  ...['&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&nbsp;', '&nbsp', '&eacute;', '&rsquo;'],
  ...['&#x0;', '&#0;', '&#9999999;', '&#x110000;', '&#xD800;', '&#128640;', '&#x1F680;', '&#13;'],
  ...['&#x80;', '&#150;', '&unknown;', '&', '&&', '&#', '&#x;', '&lt;script&gt;', '&amp;lt;'],
]

/** Text with no markup in it: any code points, entities, and words the lexicon knows. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[<&]/g, ' ')),
  fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/[<&]/g, ' ')),
  fc.constantFrom(...ENTITIES),
  fc.constantFrom('Russia', 'a livré', 'drones', 'obus', 'North Korea', '«', '»', ' ', '\n'),
)

/**
 * Attribute values: quoted properly, or (when `broken`) also unquoted, valueless or with a quote
 * never closed. An open quote swallows markup up to the next quote anywhere, so a `<script>` tag
 * after it may turn into attribute text and its content into page text, as browsers do too.
 */
function attributeOf(broken: boolean): fc.Arbitrary<string> {
  const quotings = broken ? ['double', 'single', 'bare', 'none', 'open'] : ['double', 'single']
  return fc
    .tuple(
      fc.oneof(fc.constantFrom(...ATTRIBUTE_NAMES), fc.stringMatching(/^[a-z][\w:-]{0,8}$/)),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(...quotings),
    )
    .map(([name, value, quoting]) => {
      const safe = value.replaceAll(SCRIPT_MARK, '')
      if (quoting === 'double') return ` ${name}="${safe.replace(/"/g, '&quot;')}"`
      if (quoting === 'single') return ` ${name}='${safe.replace(/'/g, '&#39;')}'`
      if (quoting === 'bare') return ` ${name}=${safe.replace(/[\s>"'=<`]/g, '')}`
      if (quoting === 'none') return ` ${name}`
      return ` ${name}="${safe}`
    })
}

/** A `<script>` element: its content is the marker plus code that looks like markup. */
const script = fc
  .tuple(
    fc.constantFrom('', ' type="text/javascript"', ' type="application/ld+json"', ' src="/x.js"'),
    fc.constantFrom('', 'if (a < b && b > c) {}', '"<p>not text</p>"', '<!--', 'x = "&amp;"'),
  )
  .map(([attrs, code]) => `<script${attrs}>${code}${SCRIPT_MARK}${code}</script>`)

/** Raw-text elements other than script: always closed, since an open one swallows the page. */
const rawText = fc
  .tuple(fc.constantFrom('style', 'title', 'textarea'), text)
  .map(([tag, body]) => `<${tag}>${body.replace(/</g, ' ')}</${tag}>`)

function leafOf(attributes: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: text },
    { weight: 2, arbitrary: script },
    { weight: 1, arbitrary: rawText },
    { weight: 1, arbitrary: text.map((t) => `<!--${t.replace(/-->/g, '')}-->`) },
    { weight: 1, arbitrary: text.map((t) => `<![CDATA[${t}]]>`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...VOIDS), attributes, fc.boolean())
        .map(([tag, attrs, slash]) => `<${tag}${attrs}${slash ? ' /' : ''}>`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('</p>', '</div>', '</li>', '</td>', '</html>', '</x>'),
    },
  )
}

/**
 * A random HTML fragment: nested elements with random attributes, left unclosed a quarter of the
 * time, and leaves of text, entities, scripts, styles, comments, CDATA and void tags.
 */
function fragmentOf(broken: boolean): fc.Arbitrary<string> {
  const attributes = fc.array(attributeOf(broken), { maxLength: 4 }).map((l) => l.join(''))
  const leaf = leafOf(attributes)
  return fc.letrec<{ node: string; nodes: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc
        .tuple(fc.constantFrom(...TAGS), attributes, tie('nodes'), fc.nat({ max: 3 }))
        .map(([tag, attrs, inner, close]) =>
          close === 0 ? `<${tag}${attrs}>${inner}` : `<${tag}${attrs}>${inner}</${tag}>`,
        ),
    ),
    nodes: fc.array(tie('node'), { maxLength: 5 }).map((list) => list.join('')),
  })).nodes
}

/**
 * A whole page around two fragments, with or without doctype, head and body. With `broken`
 * attributes, script content may legitimately end up as text (see attributeOf).
 */
export function htmlPageOf(broken: boolean): fc.Arbitrary<string> {
  const fragment = fragmentOf(broken)
  return fc
    .tuple(fragment, fragment, fc.boolean())
    .map(([head, body, full]) =>
      full ? `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>` : head + body,
    )
}
