import { api } from '../../api/client'
import type { DocumentReading } from '../../api/types'

// Several sources of one event can cite one document, and the reader may open it next: fetch
// each document once per session. A failed fetch is forgotten so a retry asks again.
const cache = new Map<string, Promise<DocumentReading>>()

export function loadDocument(id: string): Promise<DocumentReading> {
  let p = cache.get(id)
  if (!p) {
    p = api.document(id)
    cache.set(id, p)
    p.catch(() => cache.delete(id))
  }
  return p
}
