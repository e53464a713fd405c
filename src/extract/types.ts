/** What `extract()` reads: raw text (title on line 1 when a blank line follows) or HTML. */
export interface DocumentInput {
  /** Plain text, or HTML when `html` is true. */
  content: string
  isHtml?: boolean
  /** Title given by metadata (feed, JSON Lines); otherwise taken from the first line. */
  title?: string | null
  url?: string | null
  /** Publication date (YYYY-MM-DD, YYYY-MM or YYYY) from metadata or --published. */
  published?: string | null
}

export interface ExtractOptions {
  /** Overrides any publication date found in the document. */
  published?: string | null
  /** Record which rule fired on which tokens, for `--explain`. */
  explain?: boolean
}
