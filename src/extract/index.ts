import { annotateSentences, type AnnotatedSentence } from '../annotate/index.js'
import { readableSegments } from './readable-segments.js'
import type { Extraction, ExtractionWarning, Transfer } from '../contract/extraction.js'
import type { LoadedData } from '../data/index.js'
import { buildDocument, mergeSegments, type Doc } from '../document/index.js'
import { findPublicationDate } from '../resolve/publication-date.js'
import {
  buildStatements,
  trackSpeakers,
  type DocumentContext,
  type Statement,
} from './build-statements.js'
import { buildTransfer } from './build-transfer.js'
import { consolidateStatements, type PartiesNear } from './consolidate-statements.js'
import { explainStatements } from './explain.js'
import { datesFor, sentenceFacts } from './sentence-facts.js'
import { releaseTokens } from './sentence-view.js'
import { repeatLimiter } from './repeat-limiter.js'
import { attachLooseClaims, looseClaim, type LooseClaim } from './attach-loose-claims.js'
import type { DocumentInput, ExtractOptions } from './types.js'
import { isPartialDate } from '../contract/partial-date.js'

export type { DocumentInput, ExtractOptions } from './types.js'

function publicationDate(doc: Doc, data: LoadedData, opts: ExtractOptions): string | null {
  const given = opts.published ?? doc.published
  if (given && isPartialDate(given)) return given
  const body = doc.segments.find((s) => s.kind === 'body')
  const ld = body ? data.languages[body.language] : undefined
  if (!body || !ld) return null
  return findPublicationDate(doc.text.slice(body.start), datesFor(ld))
}

function describe(data: LoadedData) {
  return (id: string) => {
    const state = data.states[id]
    if (state) return { name: state.name, kind: 'state' as const }
    const group = data.groups[id]
    return { name: group?.name ?? id, kind: group?.kind ?? ('organisation' as const) }
  }
}

const NO_PARTIES: ReadonlySet<string> = new Set()

/** Parties named in a sentence; equal sets are shared, as most sentences name the same few. */
function partiesOf(
  s: AnnotatedSentence,
  interned: Map<string, ReadonlySet<string>>,
): ReadonlySet<string> {
  if (s.actors.length === 0) return NO_PARTIES
  const list = [...new Set(s.actors.flatMap((a) => a.payloads.map((p) => p.party ?? '')))].sort()
  const key = list.join('|')
  let set = interned.get(key)
  if (!set) {
    set = new Set(list)
    interned.set(key, set)
  }
  return set
}

function order(a: Transfer, b: Transfer): number {
  return (
    (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) ||
    a.supplier.id.localeCompare(b.supplier.id)
  )
}

/**
 * Every arms transfer a text states, in the DESIGN.md contract. Pure: never throws on any string.
 * @example
 * const out = extract('Russia delivered S-400 systems to Belarus.', loadData())
 * out.transfers[0]?.supplier.id // 'RU'
 */
export function extract(
  input: DocumentInput | string,
  data: LoadedData,
  opts: ExtractOptions = {},
): Extraction & { explain?: string[] } {
  return extractDocument(
    buildDocument(typeof input === 'string' ? { content: input } : input),
    data,
    opts,
  )
}

/**
 * extract() for a document already built: ingest builds it once to learn its id (and skip it when
 * stored) before paying for extraction.
 */
export function extractDocument(
  built: Doc,
  data: LoadedData,
  opts: ExtractOptions = {},
): Extraction & { explain?: string[] } {
  const doc: Doc = { ...built, segments: readableSegments(built, data) }
  const published = publicationDate(doc, data, opts)
  const unsupported = new Set<string>()
  const ctx: DocumentContext = {
    data,
    lastSpeakers: [],
    lastSubject: null,
    lastPair: null,
    voice: [],
    lastSystems: new Map(),
  }
  const statements: Statement[] = []
  const parties: Array<ReadonlySet<string>> = []
  const loose: LooseClaim[] = []
  const interned = new Map<string, ReadonlySet<string>>()
  const limiter = repeatLimiter()
  const facts = sentenceFacts(doc.text, data, published)
  // Sentences stream through: only those that state something are kept (bounded memory).
  for (const s of annotateSentences(doc.text, doc.segments, data, (l) => unsupported.add(l))) {
    trackSpeakers(s, ctx)
    const found = buildStatements(s, ctx)
    const reaction = found.length === 0 ? looseClaim(s, ctx) : null
    if (reaction) loose.push(reaction)
    if (found.length > 0) {
      // Read while the tokens are still there: they are reused, not made again.
      facts.quantities(s)
      facts.dates(s)
      statements.push(...found.filter((st) => limiter.keep(st)))
    }
    parties[s.index] = partiesOf(s, interned)
    releaseTokens(s)
  }
  const near: PartiesNear = (i) => new Set([...(parties[i - 1] ?? []), ...(parties[i] ?? [])])
  const drafts = consolidateStatements(statements, near)
  attachLooseClaims(drafts, loose, near)
  const transfers = drafts
    .map((d) => buildTransfer(doc.text, d, facts, describe(data), limiter.dropped))
    .sort(order)
  const warnings: ExtractionWarning[] = [...unsupported].sort().map((l) => ({
    code: 'language_unsupported',
    message: `no reference data for language "${l}": its segments were not read`,
    span: null,
  }))
  if (doc.text.trim() === '')
    warnings.push({ code: 'empty_text', message: 'the document has no text', span: null })
  const result: Extraction & { explain?: string[] } = {
    document: {
      title: doc.title,
      language: doc.language,
      segments: mergeSegments(doc).map((s) => ({
        kind: s.kind,
        language: s.language,
        start: s.start,
        end: s.end,
      })),
      published,
    },
    transfers,
    warnings,
  }
  if (opts.explain) result.explain = explainStatements(doc.text, statements)
  return result
}
