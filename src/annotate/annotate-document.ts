import type { LoadedData } from '../data/index.js'
import type {
  ActorPayload,
  CueKind,
  GrammarRole,
  Lexicons,
  ReportPayload,
  TriggerPayload,
  WeaponPayload,
} from './lexicons.js'
import { lexiconsFor, NOT_A_NAME } from './lexicons.js'
import type { PhraseMatch } from './phrase-lexicon.js'
import { splitSentences } from './split-sentences.js'
import { tokenize } from './tokenize.js'
import type { Token } from './types.js'

export interface DocSegment {
  kind: 'title' | 'body'
  start: number
  end: number
  language: string
}

/** Token-range mention inside one sentence's token array. */
export type Mention<P> = PhraseMatch<P>

export interface AnnotatedSentence {
  index: number
  segment: 'title' | 'body'
  language: string
  start: number
  end: number
  tokens: Token[]
  lex: Lexicons
  actors: Array<Mention<ActorPayload>>
  weapons: Array<Mention<WeaponPayload>>
  triggers: Array<Mention<TriggerPayload>>
  /** Filled on demand (only sentences with a trigger need them). */
  cues: Array<Mention<CueKind>>
  reporting: Array<Mention<ReportPayload>>
  grammar: Array<Mention<GrammarRole>>
  /** grammar roles by token index, for quick look-behind. */
  rolesAt: Map<number, Mention<GrammarRole>>
}

export interface AnnotatedDocument {
  text: string
  sentences: AnnotatedSentence[]
  unsupportedLanguages: string[]
}

function keepNamedWeak(
  actors: Array<Mention<ActorPayload>>,
  named: Set<string>,
): Array<Mention<ActorPayload>> {
  const out: Array<Mention<ActorPayload>> = []
  for (const m of actors) {
    // "the North", "Kim": only once the entity was named in full earlier in the document.
    const payloads = m.payloads.filter((p) => p.via !== 'weak' || named.has(p.id))
    if (payloads.length === 0) continue
    for (const p of payloads) if (p.via !== 'weak') named.add(p.id)
    out.push({ ...m, payloads })
  }
  return out
}

/**
 * "the Republic of Korea (ROK)": an alias in brackets right after a name of the same entity is
 * the same mention; the name absorbs it, brackets included, so lists and roles see one actor.
 */
function absorbBracketAliases(
  tokens: Token[],
  actors: Array<Mention<ActorPayload>>,
): Array<Mention<ActorPayload>> {
  const out: Array<Mention<ActorPayload>> = []
  for (const m of actors) {
    const prev = out[out.length - 1]
    const isAlias =
      prev !== undefined &&
      prev.end === m.start - 1 &&
      tokens[m.start - 1]?.text === '(' &&
      tokens[m.end]?.text === ')' &&
      m.payloads.some((p) => prev.payloads.some((q) => q.party !== null && q.party === p.party))
    if (isAlias) out[out.length - 1] = { ...prev, end: m.end + 1 }
    else out.push(m)
  }
  return out
}

const INSTITUTION_REACH = 2

/**
 * Demonyms that name a state rather than qualify a noun become names: an institution with a
 * demonym ("le gouvernement japonais", "the Russian Defence Ministry") and, where the language
 * capitalises nouns of nationality, a capitalised demonym ("les Russes", "les Houthis").
 */
function promoteDemonyms(
  tokens: Token[],
  actors: Array<Mention<ActorPayload>>,
  reporting: Array<Mention<ReportPayload>>,
  lex: Lexicons,
): Array<Mention<ActorPayload>> {
  const institutions = reporting.filter((r) => r.payloads.some((p) => p.kind === 'institution'))
  return actors.map((m) => {
    const p = m.payloads[0]
    if (!p || p.via !== 'demonym') return m
    const inst = institutions.find(
      (r) => (m.start >= r.end && m.start - r.end <= INSTITUTION_REACH) || r.start === m.end,
    )
    if (inst) {
      const start = Math.min(inst.start, m.start)
      const end = Math.max(inst.end, m.end)
      const name = tokens
        .slice(start, end)
        .map((t) => t.text)
        .join(' ')
      return { start, end, payloads: [{ ...p, via: 'institution' as const, name }] }
    }
    const isPeople = lex.capitalisedDemonymsArePeople && m.start > 0 && tokens[m.start]?.isUpper
    return isPeople ? { ...m, payloads: [{ ...p, via: 'name' as const }] } : m
  })
}

function annotateSentence(
  text: string,
  index: number,
  seg: DocSegment,
  range: [number, number],
  lex: Lexicons,
  named: Set<string>,
): AnnotatedSentence {
  const words = tokenize(text, range[0], range[1])
  const tokens = lex.proclitics ? lex.proclitics.split(words) : words
  const found = lex.actors.scan(tokens).filter((m) => !m.payloads.includes(NOT_A_NAME))
  const actors = absorbBracketAliases(tokens, keepNamedWeak(found, named))
  // A name wins over the words inside it: "States" in "United States" is no reporting verb.
  const outsideNames = <P>(list: Array<Mention<P>>) =>
    actors.length === 0
      ? list
      : list.filter((m) => !actors.some((a) => a.start < m.end && m.start < a.end))
  const triggers = outsideNames(lex.triggers.scan(tokens))
  const needsDetail = triggers.length > 0
  const grammar = needsDetail ? lex.grammar.scan(tokens) : []
  const rolesAt = new Map<number, Mention<GrammarRole>>()
  for (const g of grammar) for (let i = g.start; i < g.end; i++) rolesAt.set(i, g)
  const reporting = outsideNames(lex.reporting.scan(tokens))
  return {
    index,
    segment: seg.kind,
    language: seg.language,
    start: range[0],
    end: range[1],
    tokens,
    lex,
    actors: promoteDemonyms(tokens, actors, reporting, lex),
    weapons: needsDetail ? lex.weapons.scan(tokens) : [],
    triggers,
    cues: needsDetail ? outsideNames(lex.cues.scan(tokens)) : [],
    reporting,
    grammar,
    rolesAt,
  }
}

/**
 * Sentences, tokens and lexicon mentions of a normalised document, one sentence at a time, so a
 * caller can drop what it does not keep and a 50 MB input stays in bounded memory. Languages
 * with no reference data are reported to `onUnsupported`. Pure; never throws.
 */
export function* annotateSentences(
  text: string,
  segments: readonly DocSegment[],
  data: LoadedData,
  onUnsupported: (language: string) => void = () => undefined,
): Generator<AnnotatedSentence> {
  const named = new Set<string>()
  let index = 0
  for (const seg of segments) {
    const lex = lexiconsFor(data, seg.language)
    if (!lex) {
      onUnsupported(seg.language)
      continue
    }
    for (const range of splitSentences(text, seg.start, seg.end, seg.language, lex.abbreviations)) {
      yield annotateSentence(text, index++, seg, range, lex, named)
    }
  }
}

/** Every annotated sentence at once (tests and tools; extract() streams instead). */
export function annotateDocument(
  text: string,
  segments: readonly DocSegment[],
  data: LoadedData,
): AnnotatedDocument {
  const unsupported = new Set<string>()
  const sentences = [...annotateSentences(text, segments, data, (l) => unsupported.add(l))]
  return { text, sentences, unsupportedLanguages: [...unsupported].sort() }
}
