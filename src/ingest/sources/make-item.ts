import type { LoadedData } from '../../data/index.js'
import { htmlToText } from '../../document/index.js'
import { declaredLanguage } from './declared-language.js'
import { publisherCountry } from './publisher-country.js'
import type { IngestItem } from './types.js'

/** The content of one document as read: text or HTML, and the URL it was read from. */
export interface Body {
  content: string
  isHtml: boolean
  url: string | null
}

/** Metadata the source itself gave (JSON Lines fields, feed fields): it wins over the page's. */
export interface Declared {
  title?: string | null
  published?: string | null
  publisher?: string | null
  publisherCountry?: string | null
  language?: string | null
}

/** 'https://www.example.org/a' → 'example.org': the same fallback buildDocument uses. */
function siteOf(url: string | null): string | null {
  if (url === null) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null
  } catch {
    return null
  }
}

/**
 * One ingest item. HTML is turned into text once, here, because its metadata (title, date,
 * publisher, language) is needed now; buildDocument() then gives the same text and id as it
 * would from the HTML.
 */
export function makeItem(
  origin: string,
  body: Body,
  declared: Declared,
  data: LoadedData,
): IngestItem {
  const page = body.isHtml ? htmlToText(body.content, body.url) : null
  const pagePublisher = page?.publisher ?? null
  const publisher = declared.publisher || pagePublisher || siteOf(body.url)
  return {
    origin,
    input: {
      content: page === null ? body.content : page.text,
      isHtml: false,
      title: declared.title || page?.title || null,
      url: body.url,
      published: declared.published ?? page?.published ?? null,
    },
    publisher,
    publisherCountry: publisherCountry(data, {
      explicit: declared.publisherCountry ?? page?.publisherCountry ?? null,
      url: body.url,
      names: [declared.publisher, pagePublisher],
    }),
    language: declaredLanguage(declared.language) ?? page?.language ?? null,
  }
}
