import type { Token } from './types.js'
import { isSyllable, tokenize } from './tokenize.js'

// Multi-word lexicon over tokens: a trie keyed by folded token keys, longest match first
// (compromise's multi-word lookup). Case is checked per form token after the trie walk:
// a form token in capitals ("US", "DPRK") must match exactly, and one with a capital initial
// ("Patriot", "Nord") needs a capital in the text, so "us" and "patriot" do not match.

type CaseRule = 'any' | 'initial' | 'exact'

// Where a form may start, in a language that writes particles and endings onto its words
// (Korean, `attached_particles` in grammar.yaml): a form written "-에" or "-기로 합의" continues
// the word before it; any other form in that script starts a word, so "북" (the North) does not
// match inside "북쪽" and "안" (not) not inside "안보".
type Position = 'any' | 'word_start' | 'attached'

interface Entry<P> {
  payload: P
  rules: Array<{ rule: CaseRule; text: string }>
  position: Position
}

export interface PhraseLexiconOptions {
  /** Forms in a syllable script start a word unless written with a leading "-" (attached). */
  attachedParticles?: boolean
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

/** A token that continues the word before it: no space, and the one before is no punctuation. */
export function isAttached(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  const tok = tokens[i]
  return prev !== undefined && tok !== undefined && prev.end === tok.start && prev.kind !== 'punct'
}

function positionPasses(position: Position, tokens: readonly Token[], i: number): boolean {
  if (position === 'any') return true
  return isAttached(tokens, i) === (position === 'attached')
}

function passes(rule: CaseRule, form: string, token: Token): boolean {
  if (rule === 'any') return true
  if (rule === 'initial') return token.isUpper
  return token.text.replace(/’/g, "'") === form.replace(/’/g, "'")
}

export class PhraseLexicon<P> {
  private readonly root: Node<P> = { next: new Map(), entries: [] }
  size = 0

  constructor(private readonly options: PhraseLexiconOptions = {}) {}

  private positionOf(form: string): { position: Position; text: string } {
    if (!this.options.attachedParticles) return { position: 'any', text: form }
    if (form.startsWith('-') && isSyllable(form.charCodeAt(1)))
      return { position: 'attached', text: form.slice(1) }
    return { position: isSyllable(form.charCodeAt(0)) ? 'word_start' : 'any', text: form }
  }

  add(written: string, payload: P): void {
    const { position, text: form } = this.positionOf(written)
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
      position,
    })
    this.size++
  }

  /** Whether some form starts with this token key. */
  startsWith(key: string): boolean {
    return this.root.next.has(key)
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
      const ok = cand.entries.filter(
        (e) =>
          positionPasses(e.position, tokens, i) &&
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
