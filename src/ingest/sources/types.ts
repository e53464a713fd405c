import type { LoadedData } from '../../data/index.js'
import type { ArmsgraphError } from '../../errors.js'
import type { DocumentInput } from '../../extract/types.js'

/** One document found in a source, with the metadata its source declared. */
export interface IngestItem {
  /** Where it came from, for messages and the failure log: a path, a URL, 'file.jsonl:12'. */
  origin: string
  /**
   * What extract()/buildDocument() read; url = final URL (after redirects) or the record's url.
   * HTML is already turned into text here (its metadata was needed anyway), so `isHtml` is
   * false and the title and date the page declared are filled in.
   */
  input: DocumentInput
  /** Given (JSONL, feed title) > page metadata (og:site_name, JSON-LD) > the URL's host. */
  publisher: string | null
  /** ISO alpha-2: explicit (JSONL publisher_country) > data/publishers.yaml (domain or name) > ccTLD. */
  publisherCountry: string | null
  /** Declared language from metadata (JSONL, feed, <html lang>), primary subtag only, or null. */
  language: string | null
}

export type SourceEntry =
  { ok: true; item: IngestItem } | { ok: false; origin: string; error: ArmsgraphError }

/** A URL that `isKnownUrl` said is already stored: not fetched, not read again. */
export interface SkippedEntry {
  skipped: true
  origin: string
  reason: 'known_url'
}

export interface ExpandOptions {
  /** Cap on one file, one fetched body and one JSON Lines line (default 64 MiB). */
  maxBytes?: number
  timeoutMs?: number
  /** Tests only: allow fetching from loopback and private addresses. */
  allowPrivate?: boolean
  /**
   * Intranet hosts that may resolve to private addresses: host names (`intranet.example`),
   * `*.corp.example` patterns and CIDR ranges (`10.20.0.0/16`). Checked on every redirect;
   * link-local and metadata addresses open only to a range that covers them. Default: none.
   */
  allowHosts?: readonly string[]
  /**
   * Asked before fetching a URL (a source URL or a feed item link), again with the final URL
   * after redirects, and for the url of a JSON Lines record: true = already stored, skip.
   */
  isKnownUrl?: (url: string) => boolean | Promise<boolean>
  /** For publishers / states (ccTLD → country). */
  data: LoadedData
}

export type ExpandEntry = SourceEntry | SkippedEntry
