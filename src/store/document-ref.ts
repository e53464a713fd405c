import type { DocumentRef } from '../kb/types.js'

/** The document columns every listing shows, as `d.` of a join. */
export const DOCUMENT_COLUMNS = [
  'd.id',
  'd.title',
  'd.url',
  'd.publisher',
  'd.publisher_country',
  'd.language',
  'd.published',
] as const

export function documentRef(r: {
  id: string
  title: string | null
  url: string | null
  publisher: string | null
  publisher_country: string | null
  language: string
  published: string | null
}): DocumentRef {
  return {
    id: r.id,
    title: r.title,
    url: r.url,
    publisher: r.publisher,
    publisher_country: r.publisher_country,
    language: r.language,
    published: r.published,
  }
}
