/**
 * A user's search text as an FTS5 query that cannot fail to parse: every word or quoted phrase
 * becomes a quoted string ("F-35" would otherwise read as column F minus 35), `OR` between two
 * terms is kept, a trailing * asks for a prefix. Terms are ANDed. Returns null when nothing
 * searchable is left.
 */
export function toFts5Query(input: string): string | null {
  const parts: string[] = []
  let pendingOr = false
  for (const raw of splitTerms(input)) {
    if (raw.kind === 'word' && raw.text === 'OR') {
      pendingOr = parts.length > 0
      continue
    }
    const prefix = raw.kind === 'word' && raw.text.endsWith('*') && raw.text.length > 1
    const text = prefix ? raw.text.slice(0, -1) : raw.text
    if (!/[\p{L}\p{N}]/u.test(text)) continue
    const term = `"${text.replace(/"/g, '""')}"${prefix ? '*' : ''}`
    if (pendingOr && parts.length > 0)
      parts[parts.length - 1] = `${parts[parts.length - 1]} OR ${term}`
    else parts.push(term)
    pendingOr = false
  }
  if (parts.length === 0) return null
  return parts.map((p) => (p.includes(' OR ') ? `(${p})` : p)).join(' AND ')
}

interface RawTerm {
  kind: 'word' | 'phrase'
  text: string
}

/** Words and "quoted phrases"; an unbalanced quote runs to the end. One pass, linear. */
function splitTerms(input: string): RawTerm[] {
  const out: RawTerm[] = []
  let i = 0
  while (i < input.length) {
    const ch = input.charAt(i)
    if (/\s/.test(ch)) {
      i++
    } else if (ch === '"') {
      const close = input.indexOf('"', i + 1)
      const end = close === -1 ? input.length : close
      const text = input.slice(i + 1, end).trim()
      if (text) out.push({ kind: 'phrase', text })
      i = end + 1
    } else {
      let j = i
      while (j < input.length && !/\s/.test(input.charAt(j)) && input[j] !== '"') j++
      out.push({ kind: 'word', text: input.slice(i, j) })
      i = j
    }
  }
  return out
}
