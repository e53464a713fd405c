import { sql } from 'kysely'
import type { DocumentRef } from '../kb/types.js'
import type { DialectName } from './dialect.js'
import { documentRef } from './document-ref.js'
import { toFts5Query } from './fts-query.js'
import type { Writer } from './write-documents.js'

export interface SearchHit {
  document: DocumentRef
  /** A passage around the matches; `highlights` are [start, end) offsets into it. */
  snippet: string
  highlights: Array<[number, number]>
  score: number
}

// Control characters cannot occur in stored text (normalisation removes them): safe markers.
const OPEN = '\u0002'
const CLOSE = '\u0003'

/** Snippet with markers → plain snippet plus highlight offsets. */
export function unmark(marked: string): Pick<SearchHit, 'snippet' | 'highlights'> {
  let snippet = ''
  const highlights: Array<[number, number]> = []
  let open = -1
  for (const ch of marked) {
    if (ch === OPEN) open = snippet.length
    else if (ch === CLOSE) {
      if (open >= 0 && snippet.length > open) highlights.push([open, snippet.length])
      open = -1
    } else snippet += ch
  }
  return { snippet: snippet.replace(/\s+/g, ' '), highlights: rebase(snippet, highlights) }
}

/** Offsets after collapsing whitespace runs, as the snippet is shown on one line. */
function rebase(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  const map: number[] = []
  let out = 0
  let lastSpace = false
  for (let i = 0; i <= text.length; i++) {
    map[i] = out
    const space = i < text.length && /\s/.test(text.charAt(i))
    if (i < text.length && !(space && lastSpace)) out++
    lastSpace = space
  }
  return spans.map(([s, e]) => [map[s] ?? 0, map[e] ?? 0])
}

type HitRow = DocumentRef & { snippet: string; score: number }

function hitOf(r: HitRow): SearchHit {
  return {
    document: documentRef(r),
    ...unmark(r.snippet ?? ''),
    score: Number(r.score),
  }
}

export type SearchOrder = 'recent' | 'relevance'

/**
 * Full-text search over titles and texts. `recent` (the default) lists the most recently stored
 * matches first and stays fast on any store; `relevance` ranks every match (SQLite: bm25 with
 * the title weighing more; PostgreSQL: ts_rank), which costs a pass over the doclists of common
 * words (about 75 ms for a word in a third of a million documents). SQLite folds accents;
 * PostgreSQL uses a 'simple' tsvector and websearch syntax.
 */
export async function searchDocuments(
  db: Writer,
  dialect: DialectName,
  query: string,
  limit: number,
  order: SearchOrder = 'recent',
): Promise<SearchHit[]> {
  if (dialect === 'sqlite') {
    const match = toFts5Query(query)
    if (match === null) return []
    const { rows: ranked } =
      order === 'recent'
        ? await sql<{ seq: number; score: number }>`
            SELECT rowid AS seq, 0 AS score FROM documents_fts WHERE documents_fts MATCH ${match}
            ORDER BY rowid DESC LIMIT ${limit}`.execute(db)
        : await sql<{ seq: number; score: number }>`
            SELECT rowid AS seq, -bm25(documents_fts, 4.0, 1.0) AS score
            FROM documents_fts WHERE documents_fts MATCH ${match}
            ORDER BY bm25(documents_fts, 4.0, 1.0), rowid DESC LIMIT ${limit}`.execute(db)
    if (ranked.length === 0) return []
    // Snippets only for the page shown: one indexed lookup per hit.
    const seqs = ranked.map((r) => r.seq)
    const { rows } = await sql<HitRow & { seq: number }>`
      SELECT d.seq, d.id, d.title, d.url, d.publisher, d.publisher_country, d.language, d.published,
             snippet(documents_fts, 1, ${OPEN}, ${CLOSE}, '…', 24) AS snippet, 0 AS score
      FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
      WHERE documents_fts MATCH ${match} AND documents_fts.rowid IN (${sql.join(seqs)})`.execute(db)
    const bySeq = new Map(rows.map((r) => [r.seq, r]))
    return ranked.flatMap((r) => {
      const row = bySeq.get(r.seq)
      return row ? [hitOf({ ...row, score: r.score })] : []
    })
  }
  const options = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=30, MinWords=12, MaxFragments=1`
  const ordering =
    order === 'recent' ? sql`ORDER BY seq DESC` : sql`ORDER BY ts_rank(tsv, q0) DESC, seq DESC`
  const { rows } = await sql<HitRow>`
    SELECT d.id, d.title, d.url, d.publisher, d.publisher_country, d.language, d.published,
           ts_headline('simple', d.text, q, ${options}) AS snippet,
           ts_rank(d.tsv, q) AS score
    FROM (SELECT seq, id, title, url, publisher, publisher_country, language, published, text, tsv
          FROM documents, websearch_to_tsquery('simple', ${query}) q0
          WHERE tsv @@ q0
          ${ordering}
          LIMIT ${limit}) d,
         websearch_to_tsquery('simple', ${query}) q
    ORDER BY ${order === 'recent' ? sql`d.seq DESC` : sql`score DESC, d.seq DESC`}`.execute(db)
  return rows.map(hitOf)
}
