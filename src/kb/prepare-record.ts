import type { LoadedData } from '../data/index.js'
import { buildDocument, type Doc } from '../document/index.js'
import { ArmsgraphError } from '../errors.js'
import { extractDocument } from '../extract/index.js'
import type { DocumentInput } from '../extract/types.js'
import type { DocumentRecord } from '../store/write-documents.js'
import { VERSION } from '../version.js'

/** What ingest hands over for one document (a source item, a queued job, a stored document). */
export interface IncomingDocument {
  origin: string
  input: DocumentInput
  publisher: string | null
  publisherCountry: string | null
}

export function extractorVersion(data: LoadedData): string {
  return `${VERSION}+${data.version}`
}

/** Builds the document (its id tells whether it is already stored) without extracting yet. */
export function buildIncoming(item: IncomingDocument): Doc {
  const doc = buildDocument(item.input)
  if (doc.text.trim() === '') {
    throw new ArmsgraphError('ERR_INPUT_EMPTY', `${item.origin} has no text once markup is removed`)
  }
  return doc
}

/** Runs the extractor and packs the result for the store. Pure apart from the clock value given. */
export function prepareRecord(
  item: IncomingDocument,
  doc: Doc,
  data: LoadedData,
  fetchedAt: string,
): DocumentRecord {
  const extraction = extractDocument(doc, data, { published: item.input.published ?? null })
  return {
    doc,
    extraction,
    origin: item.origin,
    publisher: item.publisher,
    publisherCountry: item.publisherCountry,
    fetchedAt,
    extractorVersion: extractorVersion(data),
  }
}
