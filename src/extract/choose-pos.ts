import type { AnnotatedSentence, Mention, TriggerPayload } from '../annotate/index.js'
import { hasRole } from './sentence-view.js'

/**
 * One reading of a trigger that is both a noun and a verb ("supply", "transfers"): a noun after a
 * determiner, a possessive or a weapon word ("the supply", "Iran's sales", "missile transfers"),
 * or before "of"/"de"; a verb otherwise ("Iran transfers missiles").
 */
export function choosePos(
  s: AnnotatedSentence,
  trig: Mention<TriggerPayload>,
): Mention<TriggerPayload> {
  const nouns = trig.payloads.filter((p) => p.pos === 'noun')
  const verbs = trig.payloads.filter((p) => p.pos === 'verb')
  if (nouns.length === 0 || verbs.length === 0) return trig
  const before = trig.start - 1
  const isNoun =
    hasRole(s, before, 'determiner') ||
    hasRole(s, before, 'possessive') ||
    s.weapons.some((w) => w.end === trig.start) ||
    hasRole(s, trig.end, 'genitive') ||
    s.tokens[trig.end]?.key === 'of'
  return { ...trig, payloads: isNoun ? nouns : verbs }
}
