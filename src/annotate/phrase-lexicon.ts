import type { Token } from './types.js'
import { tokenize } from './tokenize.js'

// Multi-word lexicon over tokens: a trie keyed by folded token keys, longest match first
// (compromise's multi-word lookup). Case is checked per form token after the trie walk:
// a form token in capitals ("US", "DPRK") must match exactly, and one with a capital initial
// ("Patriot", "Nord") needs a capital in the text, so "us" and "patriot" do not match.

type CaseRule = 'any' | 'initial' | 'exact'

interface Entry<P> {
  payload: P
  rules: Array<{ rule: CaseRule; text: string }>
}

interface Node<P> {
  next: Map<string, Node<P>>
  entries: Array<Entry<P>>
}

export interface PhraseMatch<P> {
  /** Token indices [start, end). */
  start: number
  end: number
  payloads: P[]
}

function caseRule(text: string): CaseRule {
  const letters = text.replace(/\P{L}/gu, '')
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return 'exact'
  return /^\p{Lu}/u.test(text) ? 'initial' : 'any'
}

function passes(rule: CaseRule, form: string, token: Token): boolean {
  if (rule === 'any') return true
  if (rule === 'initial') return token.isUpper
  return token.text.replace(/’/g, "'") === form.replace(/’/g, "'")
}

export class PhraseLexicon<P> {
  private readonly root: Node<P> = { next: new Map(), entries: [] }
  size = 0

  add(form: string, payload: P): void {
    const tokens = tokenize(form)
    if (tokens.length === 0) return
    let node = this.root
    for (const t of tokens) {
      let child = node.next.get(t.key)
      if (!child) {
        child = { next: new Map(), entries: [] }
        node.next.set(t.key, child)
      }
      node = child
    }
    node.entries.push({
      payload,
      rules: tokens.map((t) => ({ rule: caseRule(t.text), text: t.text })),
    })
    this.size++
  }

  /** The longest match starting at token `i` whose case rules pass, or null. */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<P> | null {
    const candidates: Array<{ end: number; entries: Array<Entry<P>> }> = []
    let node: Node<P> | undefined = this.root
    for (let j = i; j < limit && node; j++) {
      const tok = tokens[j]
      if (!tok) break
      node = node.next.get(tok.key)
      if (node && node.entries.length > 0) candidates.push({ end: j + 1, entries: node.entries })
    }
    for (let c = candidates.length - 1; c >= 0; c--) {
      const cand = candidates[c]
      if (!cand) continue
      const ok = cand.entries.filter((e) =>
        e.rules.every((r, k) => {
          const tok = tokens[i + k]
          return tok !== undefined && passes(r.rule, r.text, tok)
        }),
      )
      if (ok.length > 0) return { start: i, end: cand.end, payloads: ok.map((e) => e.payload) }
    }
    return null
  }

  /** Leftmost-longest, non-overlapping matches over tokens [from, to). */
  scan(tokens: readonly Token[], from = 0, to = tokens.length): Array<PhraseMatch<P>> {
    const out: Array<PhraseMatch<P>> = []
    const first = this.root.next
    for (let i = from; i < to;) {
      // Most tokens start no phrase: one map lookup settles them.
      const tok = tokens[i]
      if (!tok || !first.has(tok.key)) {
        i++
        continue
      }
      const m = this.matchAt(tokens, i, to)
      if (m) {
        out.push(m)
        i = m.end
      } else i++
    }
    return out
  }
}
