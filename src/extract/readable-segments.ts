import type { LoadedData } from '../data/index.js'
import type { Doc } from '../document/index.js'

/**
 * A headline too short for the detector can come out as a language we have no data for
 * ("Arms & diplomacy" as Azerbaijani): it is then read in the body's language. The extractor
 * and the document reader both read segments through this, so their mentions agree.
 */
export function readableSegments(doc: Doc, data: LoadedData): Doc['segments'] {
  const body = doc.segments.find((s) => s.kind === 'body' && data.languages[s.language])
  return doc.segments.map((s) =>
    s.kind === 'title' && !data.languages[s.language] && body
      ? { ...s, language: body.language }
      : s,
  )
}
