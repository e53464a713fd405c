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
import { lexiconsFor } from './lexicons.js'
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

function annotateSentence(
  text: string,
  index: number,
  seg: DocSegment,
  range: [number, number],
  lex: Lexicons,
  named: Set<string>,
): AnnotatedSentence {
  const tokens = tokenize(text, range[0], range[1])
  const triggers = lex.triggers.scan(tokens)
  const needsDetail = triggers.length > 0
  const grammar = needsDetail ? lex.grammar.scan(tokens) : []
  const rolesAt = new Map<number, Mention<GrammarRole>>()
  for (const g of grammar) for (let i = g.start; i < g.end; i++) rolesAt.set(i, g)
  return {
    index,
    segment: seg.kind,
    language: seg.language,
    start: range[0],
    end: range[1],
    tokens,
    lex,
    actors: keepNamedWeak(lex.actors.scan(tokens), named),
    weapons: needsDetail ? lex.weapons.scan(tokens) : [],
    triggers,
    cues: needsDetail ? lex.cues.scan(tokens) : [],
    reporting: lex.reporting.scan(tokens),
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
