import type { AnnotatedSentence, Mention, ReportPayload } from '../annotate/index.js'
import type { LoadedData } from '../data/index.js'
import type { Speaker, Stance } from '../contract/extraction.js'
import { isAttached } from '../annotate/phrase-lexicon.js'
import { particleAfter } from './find-roles-postpositional.js'
import { hasConjunction, hasRole, onlyCoordination, tokenText } from './sentence-view.js'

export interface SpeakerMention {
  speaker: Speaker
  start: number
  end: number
}

export interface SentenceClaims {
  speakers: SpeakerMention[]
  stance: Stance
  rule: string
}

// The strongest stance in a sentence wins: « dénoncer … », ont déclaré X → X condemns.
const STANCE_RANK: Record<Stance, number> = { asserts: 0, doubts: 1, condemns: 2, denies: 3 }
const TITLE_REACH = 3
// The speaker stands next to its verb: "Lavrov a rejeté", "Peskov said on Tuesday"; an actor
// further back ("…to France, researchers said") is part of what is said.
const SUBJECT_GAP = 6
const PERSON_AFTER_TITLE = 8
const QUOTE_CLOSERS = new Set(['»', '”', '"', '“'])

/**
 * Distance in words between token indices: tokens, except where syllables are tokens and
 * particles attach to words (Korean), where only the starts of words count.
 */
function wordGap(s: AnnotatedSentence, from: number, to: number): number {
  if (!s.lex.attachedParticles) return to - from
  let n = 0
  for (let i = from; i < to; i++) if (!isAttached(s.tokens, i)) n++
  return n
}

function stanceMentions(s: AnnotatedSentence): Array<Mention<ReportPayload>> {
  return s.reporting.filter((r) =>
    r.payloads.some((p) => p.kind === 'stance' || p.kind === 'according_to'),
  )
}

/** People, bodies, states and "title + demonym" phrases that can be a speaker. */
export function speakerCandidates(s: AnnotatedSentence, data: LoadedData): SpeakerMention[] {
  const out: SpeakerMention[] = []
  for (const m of s.actors) {
    const p = m.payloads[0]
    if (!p || p.via === 'demonym') continue
    const name = p.kind === 'person' ? p.name : (data.bodies[p.id]?.name ?? p.name)
    out.push({
      start: m.start,
      end: m.end,
      // "le ministère ukrainien de la Défense" speaks as an organisation of its state.
      speaker: {
        name,
        country: p.party,
        id: p.id,
        kind: p.via === 'institution' ? 'organisation' : p.kind,
      },
    })
  }
  const usedDemonyms = new Set<number>()
  for (const t of s.reporting) {
    if (!t.payloads.some((p) => p.kind === 'title')) continue
    // "le ministre sud-coréen des Affaires étrangères Park Jin": the person named after the title.
    if (
      out.some(
        (o) =>
          o.speaker.kind === 'person' && o.start >= t.end && o.start - t.end <= PERSON_AFTER_TITLE,
      )
    )
      continue
    // "le ministre russe des Affaires étrangères", "Russian Foreign Minister"
    const dem = s.actors.find(
      (a) =>
        a.payloads[0]?.via === 'demonym' &&
        ((a.start >= t.end && a.start - t.end <= TITLE_REACH) ||
          (a.end <= t.start && t.start - a.end <= 1)),
    )
    const country = dem?.payloads[0]?.party
    if (!dem || !country || usedDemonyms.has(dem.start)) continue
    usedDemonyms.add(dem.start)
    const start = Math.min(t.start, dem.start)
    const end = Math.max(t.end, dem.end)
    const name = tokenText(s, start, end)
    out.push({ start, end, speaker: { name, country, id: null, kind: 'person' } })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** "La Corée du Sud, les États-Unis et le Japon ont condamné": a list closed by "et"/"and". */
function withCoordinatedLeft(
  s: AnnotatedSentence,
  cands: SpeakerMention[],
  head: SpeakerMention,
  verbAt: number,
): SpeakerMention[] {
  const out = [head]
  let edge = head
  for (const c of [...cands].reverse()) {
    if (c.end > edge.start) continue
    if (!onlyCoordination(s, c.end, edge.start)) break
    // "Les États-Unis, la Corée du Sud et d'autres pensent": the "et" may close the list later.
    if (!hasConjunction(s, c.end, verbAt)) break
    out.push(c)
    edge = c
  }
  return out
}

/** After an inverted verb, every person or title up to the next verb: "…, ont déclaré X, Y et Z". */
function speakersAfter(
  s: AnnotatedSentence,
  cands: SpeakerMention[],
  verb: Mention<ReportPayload>,
): SpeakerMention[] {
  const stop =
    s.reporting.find((r) => r.start >= verb.end && r.payloads.some((p) => p.kind === 'stance'))
      ?.start ?? s.tokens.length
  return cands.filter((c) => c.start >= verb.end && c.end <= stop && c.speaker.kind !== 'state')
}

function isInverted(s: AnnotatedSentence, verb: Mention<ReportPayload>): boolean {
  const text = s.tokens
    .slice(verb.start, verb.end)
    .map((t) => t.text)
    .join('')
  if (text.includes('-t-')) return true
  // "…, a déclaré le porte-parole": reported content first, then the verb and its subject.
  if (s.tokens[verb.start - 1]?.key === ',' && verb.start > 3) return true
  for (let i = verb.start - 1; i >= Math.max(0, verb.start - 3); i--) {
    if (QUOTE_CLOSERS.has(s.tokens[i]?.text ?? '')) return true
  }
  return false
}

/**
 * "…제공했다고 한국 국방부가 밝혔다", "북한은 … 보도를 부인했다": in a verb-final language the
 * speaker is the subject or topic of the reporting verb, after the quoted clause when there is
 * one ("-다고"), else the topic that opens the sentence.
 */
function postpositionalSpeaker(
  s: AnnotatedSentence,
  cands: SpeakerMention[],
  verb: Mention<ReportPayload>,
): SpeakerMention | null {
  let quoteEnd = 0
  for (let i = verb.start - 1; i >= 0; i--)
    if (hasRole(s, i, 'clause_break')) {
      quoteEnd = i + 1
      break
    }
  const isSubject = (c: SpeakerMention) => {
    const m = s.actors.find((a) => a.start === c.start)
    const p = m ? particleAfter(s, m).particle : null
    return p === 'topic' || p === 'subject'
  }
  const before = cands.filter((c) => c.end <= verb.start && isSubject(c))
  return before.find((c) => c.start >= quoteEnd) ?? before[0] ?? null
}

/** Who speaks in a sentence and with what stance; the pronoun "il"/"he" takes the last speaker. */
export function findSpeakers(
  s: AnnotatedSentence,
  data: LoadedData,
  lastSpeakers: SpeakerMention[],
): SentenceClaims | null {
  const verbs = stanceMentions(s)
  if (verbs.length === 0) return null
  const cands = speakerCandidates(s, data)
  let speakers: SpeakerMention[] = []
  let rule = ''
  for (const v of verbs) {
    const isAccording = v.payloads.some((p) => p.kind === 'according_to')
    const right = cands.find((c) => c.start >= v.end && wordGap(s, v.end, c.start) <= 12)
    const left = [...cands]
      .reverse()
      .find((c) => c.end <= v.start && wordGap(s, c.end, v.start) <= SUBJECT_GAP)
    if (isAccording && right && !s.lex.postpositions && wordGap(s, v.end, right.start) <= 2) {
      speakers = [right]
      rule = 'according-to'
    } else if (isAccording && s.lex.postpositions && left && left.end === v.start) {
      // "국정원에 따르면": the source stands before its postposition.
      speakers = [left]
      rule = 'according-to'
    } else if (s.lex.postpositions) {
      const subject = postpositionalSpeaker(s, cands, v)
      if (subject) [speakers, rule] = [[subject], 'particle-speaker']
    } else if (isInverted(s, v)) {
      speakers = speakersAfter(s, cands, v)
      rule = 'inverted-speaker'
      break // the speaker stands after the verb, named or not ("indique le communiqué")
    } else if (left && !isAccording) {
      speakers = withCoordinatedLeft(s, cands, left, v.start)
      rule = 'subject-speaker'
    }
    if (speakers.length > 0) break
  }
  if (
    speakers.length === 0 &&
    s.grammar.some((g) => g.payloads.includes('speaker_pronoun')) &&
    lastSpeakers.length > 0
  ) {
    speakers = lastSpeakers
    rule = 'pronoun-speaker'
  }
  if (speakers.length === 0 && verbs.some((v) => hasRole(s, v.start - 1, 'speaker_pronoun')))
    return null
  if (speakers.length === 0) return null
  return { speakers, stance: strongestStance(s), rule }
}

/** The strongest stance its reporting verbs give a sentence; "asserts" when there is none. */
export function strongestStance(s: AnnotatedSentence): Stance {
  let stance: Stance = 'asserts'
  for (const r of s.reporting)
    for (const p of r.payloads)
      if (p.kind === 'stance' && STANCE_RANK[p.stance] > STANCE_RANK[stance]) stance = p.stance
  return stance
}
