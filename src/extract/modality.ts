import type { AnnotatedSentence, CueKind, Mention, TriggerPayload } from '../annotate/index.js'
import type { Certainty, Phase } from '../contract/extraction.js'
import { tokenText, type Clause } from './sentence-view.js'

export interface Modality {
  phase: Phase
  certainty: Certainty
  isNegated: boolean
  isHypothetical: boolean
  /** Cue ids that decided, for --explain: "sought:cherche à", "negation:not". */
  reasons: string[]
}

// How far a cue may stand from the trigger, in tokens. Phase cues govern a verb or noun phrase
// ("attempts to acquire", "a signé un contrat pour livrer"); hedges colour the whole sentence.
const NEGATION_BEFORE = 5
const DENIAL_BEFORE = 12
const PHASE_BEFORE = 8
const PHASE_AFTER = 4
const HYPOTHETICAL_BEFORE = 10
const HYPOTHETICAL_AFTER = 8
// A verb-final language with attached endings puts negation, tense and mood after the verb, in
// syllables: "제공하지 않았다" (did not provide), "공급하기로 합의했다" (agreed to supply).
const NEGATION_AFTER_HEAD_FINAL = 4
const PHASE_AFTER_HEAD_FINAL = 8
// "…수출하고 있다는 주장은 … 역설이라며 이를 부인했다": the denial closes the sentence.
const DENIAL_AFTER_HEAD_FINAL = 40
// "a annoncé mardi, en marge du sommet, la fourniture de missiles": a noun is the object of a
// verb that may stand further away.
const AGREED_BEFORE_NOUN = 16

function cueText(s: AnnotatedSentence, m: Mention<CueKind>): string {
  return tokenText(s, m.start, m.end)
}

function near(
  m: Mention<CueKind>,
  trig: Mention<TriggerPayload>,
  before: number,
  after: number,
  clause: Clause,
): boolean {
  if (m.end <= trig.start) return trig.start - m.end <= before && m.start >= clause.start - 1
  if (m.start >= trig.end) return m.start - trig.end <= after && m.end <= clause.end
  return false
}

const MIN_CONDITIONAL_LENGTH = 7

/**
 * A verb in the conditional mood governing the trigger, when the language has one: before a verb
 * or on it ("aurait livré", "livrerait"), anywhere in the clause of a noun ("la fourniture … aiderait").
 */
function conditionalVerb(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  clause: Clause,
): string | null {
  const { suffixes, exceptions } = s.lex.conditional
  if (suffixes.length === 0) return null
  const end = trig.payloads[0]?.pos === 'verb' ? trig.end : clause.end
  for (let i = clause.start; i < end; i++) {
    const t = s.tokens[i]
    if (!t || t.kind !== 'word' || t.text.length < MIN_CONDITIONAL_LENGTH || exceptions.has(t.key))
      continue
    if (suffixes.some((x) => t.key.endsWith(x))) return t.text
  }
  return null
}

function relativeBetween(s: AnnotatedSentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.rolesAt.get(i)?.payloads.includes('relative')) return true
  return false
}

/** Phase and certainty of one trigger from the cues around it. */
export function readModality(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
  clause: Clause,
  isTitle: boolean,
): Modality {
  const t = trig.payloads[0]
  const found = new Set<CueKind>()
  const reasons: string[] = []
  const note = (k: CueKind, m: Mention<CueKind>) => {
    found.add(k)
    reasons.push(`${k}:${cueText(s, m)}`)
  }
  const isNoun = t?.pos === 'noun'
  // A verb-final clause opens with its modal and ends with the verb ("will … verkaufen"): the
  // whole middle field may stand between them.
  // Head-final languages put phase cues after the verb; before it, only nearby words count.
  const phaseBefore =
    s.lex.verbFinal && !s.lex.postpositions && t?.pos === 'verb'
      ? Math.max(PHASE_BEFORE, trig.start - clause.start)
      : PHASE_BEFORE
  const headFinal = s.lex.postpositions
  const negationAfter = headFinal ? NEGATION_AFTER_HEAD_FINAL : 0
  const phaseAfter = headFinal ? PHASE_AFTER_HEAD_FINAL : PHASE_AFTER
  // "… را تکذیب کرد", "… geliefert zu haben, bestritt": a verb-final clause may close on its denial.
  const denialAfter = headFinal || s.lex.verbFinal ? DENIAL_AFTER_HEAD_FINAL : -1
  for (const m of s.cues) {
    // A cue on the trigger itself counts for tense ("livrera") but not for negation or hedges.
    const onTrigger = m.start < trig.end && m.end > trig.start
    for (const k of m.payloads) {
      if (onTrigger) {
        // "against supplying": a cue phrase may include the trigger itself.
        if (k === 'agreed' || k === 'sought' || k === 'hypothetical') note(k, m)
      } else if (k === 'negation' && near(m, trig, NEGATION_BEFORE, negationAfter, clause))
        note(k, m)
      else if (k === 'denial' && m.end <= trig.start && trig.start - m.end <= DENIAL_BEFORE)
        note(k, m)
      // "…제공했다는 보도를 부인했다": the denial follows what it denies.
      else if (k === 'denial' && m.start >= trig.end && m.start - trig.end <= denialAfter)
        note(k, m)
      else if ((k === 'sought' || k === 'agreed') && near(m, trig, phaseBefore, phaseAfter, clause))
        note(k, m)
      else if (
        k === 'agreed' &&
        isNoun &&
        m.end <= trig.start &&
        trig.start - m.end <= AGREED_BEFORE_NOUN
      )
        note(k, m)
      else if (
        k === 'hypothetical' &&
        near(m, trig, HYPOTHETICAL_BEFORE, HYPOTHETICAL_AFTER, clause)
      )
        note(k, m)
      // Hedges colour the whole sentence ("…, according to a US intelligence assessment"),
      // except a relative clause about something else ("missiles, which it will likely use").
      else if (k === 'alleged' && !(m.start >= trig.end && relativeBetween(s, trig.end, m.start)))
        note(k, m)
      else if (k === 'confirmed') note(k, m)
    }
  }
  const cond = conditionalVerb(s, trig, clause)
  if (cond) {
    found.add('alleged')
    reasons.push(`alleged:conditional ${cond}`)
  }
  let phase: Phase = t?.phase ?? 'delivered'
  if (phase !== 'sought' && found.has('sought')) phase = 'sought'
  else if (phase === 'delivered' && found.has('agreed')) phase = 'agreed'
  const isNegated = found.has('negation') || found.has('denial')
  let certainty: Certainty = 'confirmed'
  if (isNegated) certainty = 'denied'
  else if (isTitle || (found.has('alleged') && !found.has('confirmed'))) certainty = 'alleged'
  return { phase, certainty, isNegated, isHypothetical: found.has('hypothetical'), reasons }
}
