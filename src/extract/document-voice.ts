import type { AnnotatedSentence } from '../annotate/index.js'
import type { LoadedData } from '../data/index.js'
import {
  speakerCandidates,
  strongestStance,
  type SentenceClaims,
  type SpeakerMention,
} from './find-speakers.js'
import { hasRole } from './sentence-view.js'

// Official statements speak in the first person: "We condemn the DPRK for providing Russia…".
// Their author is named in the header ("Bureau du porte-parole Ned Price", "John Kelley") or in
// a line such as "The text of the following statement was released by …". That author is the
// document's voice: the speaker of statements that name no other.

const HEADER_SENTENCES = 6
const HEADER_MAX_CHARS = 120

/** Collects the document's voice from header lines and "statement by" sentences. */
export function noteVoice(s: AnnotatedSentence, data: LoadedData, voice: SpeakerMention[]): void {
  if (s.segment !== 'body') return
  const isHeader =
    s.index <= HEADER_SENTENCES && s.end - s.start <= HEADER_MAX_CHARS && s.triggers.length === 0
  const names = s.reporting.some((r) => r.payloads.some((p) => p.kind === 'voice'))
  if (!isHeader && !names) return
  for (const c of speakerCandidates(s, data)) {
    if (c.speaker.kind === 'state' && !names) continue
    if (!voice.some((v) => v.speaker.id === c.speaker.id && v.speaker.name === c.speaker.name))
      voice.push(c)
  }
}

/** Claims of a sentence with no named speaker: the voice, when it speaks in the first person or the sentence is its own. */
export function voiceClaims(s: AnnotatedSentence, voice: SpeakerMention[]): SentenceClaims | null {
  if (voice.length === 0) return null
  const stance = strongestStance(s)
  const firstPerson = s.tokens.some((_, i) => hasRole(s, i, 'first_person'))
  const reportsOther =
    s.reporting.some((r) => r.payloads.some((p) => p.kind === 'stance')) && !firstPerson
  if (reportsOther) return null
  return {
    speakers: voice,
    stance,
    rule: firstPerson ? 'document-voice-first-person' : 'document-voice',
  }
}
