import type { ActorKind, Category, Phase, Stance } from '../contract/extraction.js'
import type { LanguageData, LoadedData } from '../data/index.js'
import { foldKey } from './fold.js'
import { PhraseLexicon } from './phrase-lexicon.js'
import { procliticSplitter, type ProcliticSplitter } from './proclitics.js'

/** How an actor was named: its name, a capital or metonym, a demonym, a weak form, a person. */
export type ActorVia = 'name' | 'short' | 'demonym' | 'weak' | 'person' | 'body' | 'institution'

export interface ActorPayload {
  /** Entity id: ISO alpha-2, group slug, body slug or official id. */
  id: string
  via: ActorVia
  kind: ActorKind
  /** The state or group the mention stands for as a party to a transfer; null if none. */
  party: string | null
  name: string
}

export interface WeaponPayload {
  category: Category
  system: string | null
  isQualifier: boolean
}

export interface TriggerPayload {
  lemma: string
  pos: 'verb' | 'noun'
  frame: 'give' | 'get'
  phase: Phase
  needsItem: boolean
  sellerIsOrigin: boolean
  withIsRecipient: boolean
  agentNoun: boolean
}

export type CueKind =
  | 'sought'
  | 'agreed'
  | 'alleged'
  | 'confirmed'
  | 'denial'
  | 'negation'
  | 'hypothetical'
  | 'interdiction'

export type ReportPayload =
  | { kind: 'stance'; stance: Stance }
  | { kind: 'according_to' }
  | { kind: 'title' }
  | { kind: 'institution' }
  | { kind: 'voice' }

export type GrammarRole =
  | 'recipient'
  | 'source'
  | 'genitive'
  | 'relative'
  | 'object_relative'
  | 'agent'
  | 'with'
  | 'determiner'
  | 'possessive'
  | 'coordinator'
  | 'clause_break'
  | 'passive'
  | 'own_country'
  | 'speaker_pronoun'
  | 'exchange'
  | 'subject_pronoun'
  | 'get_source'
  | 'first_person'
  | 'subject'
  | 'topic'
  | 'object'
  | 'transit'

export interface Lexicons {
  lang: string
  actors: PhraseLexicon<ActorPayload>
  weapons: PhraseLexicon<WeaponPayload>
  units: PhraseLexicon<true>
  triggers: PhraseLexicon<TriggerPayload>
  cues: PhraseLexicon<CueKind>
  reporting: PhraseLexicon<ReportPayload>
  grammar: PhraseLexicon<GrammarRole>
  abbreviations: ReadonlySet<string>
  conditional: { suffixes: readonly string[]; exceptions: ReadonlySet<string> }
  progressiveSuffixes: readonly string[]
  capitalisedDemonymsArePeople: boolean
  verbFinal: boolean
  verbSecond: boolean
  /** Role markers follow their noun and roles precede their verb (Korean). */
  postpositions: boolean
  /** Particles are written onto words, and syllables are tokens (Korean). */
  attachedParticles: boolean
  /** A bare name right after a transfer noun is its agent (ru, uk, ar). */
  genitiveAfterNoun: boolean
  /** A bare name after a give verb's goods is the dative recipient (ru, uk). */
  dativeAfterItem: boolean
  /** Endings of a bare name that make it a passive's agent, folded (ru, uk). */
  agentEndings: readonly string[]
  /** Recipient marker key → noun endings that make it "in" rather than "to". */
  locativeEndings: ReadonlyMap<string, readonly string[]>
  /** Cuts written-on prefixes off words (Arabic), or null. */
  proclitics: ProcliticSplitter | null
}

/** The payload of a word that starts like a name but is none (grammar.yaml `not_names`). */
export const NOT_A_NAME: ActorPayload = {
  id: '',
  via: 'name',
  kind: 'organisation',
  party: null,
  name: '',
}

function addActors(lex: PhraseLexicon<ActorPayload>, data: LoadedData, lang: LanguageData): void {
  for (const [id, forms] of Object.entries(lang.names)) {
    const state = data.states[id]
    const group = data.groups[id]
    const body = data.bodies[id]
    const kind: ActorKind = state ? 'state' : group ? group.kind : 'organisation'
    const party = state || group ? id : (body?.state ?? null)
    const name = state?.name ?? group?.name ?? body?.name ?? id
    const via = (v: ActorVia): ActorVia => (body && v !== 'weak' ? 'body' : v)
    for (const f of forms.names) lex.add(f, { id, via: via('name'), kind, party, name })
    for (const f of forms.short) lex.add(f, { id, via: via('short'), kind, party, name })
    for (const f of forms.demonyms) lex.add(f, { id, via: 'demonym', kind, party, name })
    for (const f of forms.weak) lex.add(f, { id, via: 'weak', kind, party, name })
  }
  // Longest match wins, so a listed non-name covers the name inside it; its mention is dropped.
  for (const f of lang.grammar.not_names) lex.add(f, NOT_A_NAME)
  for (const o of data.officials) {
    const party = o.state
    const name = o.names[0] ?? o.id
    for (const f of [...o.names, ...o.short])
      lex.add(f, { id: o.id, via: 'person', kind: 'person', party, name })
    for (const f of o.weak) lex.add(f, { id: o.id, via: 'weak', kind: 'person', party, name })
  }
}

function addWeapons(lex: PhraseLexicon<WeaponPayload>, data: LoadedData, lang: LanguageData): void {
  for (const [id, w] of Object.entries(data.weapons)) {
    for (const d of w.designations)
      lex.add(d, { category: w.category, system: id, isQualifier: false })
  }
  for (const [cat, forms] of Object.entries(lang.weaponWords.words)) {
    for (const f of forms)
      lex.add(f, { category: cat as Category, system: null, isQualifier: false })
  }
  for (const [cat, forms] of Object.entries(lang.weaponWords.qualifiers)) {
    for (const f of forms)
      lex.add(f, { category: cat as Category, system: null, isQualifier: true })
  }
}

function buildLexicons(data: LoadedData, lang: LanguageData): Lexicons {
  const options = { attachedParticles: lang.grammar.attached_particles }
  const actors = new PhraseLexicon<ActorPayload>(options)
  addActors(actors, data, lang)
  const weapons = new PhraseLexicon<WeaponPayload>(options)
  addWeapons(weapons, data, lang)
  const units = new PhraseLexicon<true>(options)
  for (const u of lang.weaponWords.units) units.add(u, true)
  const triggers = new PhraseLexicon<TriggerPayload>(options)
  for (const t of lang.triggers) {
    const p = {
      lemma: t.lemma,
      pos: t.pos,
      frame: t.frame,
      phase: t.phase,
      needsItem: t.needs_item,
      sellerIsOrigin: t.seller_is_origin,
      withIsRecipient: t.with_is_recipient,
      agentNoun: t.agent_noun,
    }
    for (const f of t.forms) triggers.add(f, p)
  }
  const cues = new PhraseLexicon<CueKind>(options)
  const { conditional_suffixes, conditional_exceptions, ...cueLists } = lang.cues
  for (const [kind, forms] of Object.entries(cueLists))
    for (const f of forms) cues.add(f, kind as CueKind)
  const reporting = new PhraseLexicon<ReportPayload>(options)
  for (const [stance, forms] of Object.entries(lang.reporting.stances))
    for (const f of forms) reporting.add(f, { kind: 'stance', stance: stance as Stance })
  for (const f of lang.reporting.according_to) reporting.add(f, { kind: 'according_to' })
  for (const f of lang.reporting.titles) reporting.add(f, { kind: 'title' })
  for (const f of lang.reporting.institutions) reporting.add(f, { kind: 'institution' })
  for (const f of lang.reporting.voice_markers) reporting.add(f, { kind: 'voice' })
  const grammar = new PhraseLexicon<GrammarRole>(options)
  const g = lang.grammar
  const roles: Array<[readonly string[], GrammarRole]> = [
    [g.recipient_markers, 'recipient'],
    [g.source_markers, 'source'],
    [g.agent_markers, 'agent'],
    [g.genitive_markers, 'genitive'],
    [g.relative_pronouns, 'relative'],
    [g.object_relatives, 'object_relative'],
    [g.with_markers, 'with'],
    [g.determiners, 'determiner'],
    [g.possessive_markers, 'possessive'],
    [g.coordinators, 'coordinator'],
    [g.clause_breaks, 'clause_break'],
    [g.passive_auxiliaries, 'passive'],
    [g.own_country, 'own_country'],
    [g.speaker_pronouns, 'speaker_pronoun'],
    [g.exchange_markers, 'exchange'],
    [g.subject_pronouns, 'subject_pronoun'],
    [g.get_source_markers, 'get_source'],
    [g.first_person, 'first_person'],
    [g.subject_markers, 'subject'],
    [g.topic_markers, 'topic'],
    [g.object_markers, 'object'],
    [g.transit_markers, 'transit'],
  ]
  for (const [forms, role] of roles) for (const f of forms) grammar.add(f, role)
  const abbreviations = new Set(g.abbreviations.map((a) => a.toLowerCase()))
  const conditional = {
    suffixes: conditional_suffixes.map((x) => x.toLowerCase()),
    exceptions: new Set(conditional_exceptions.map((x) => x.toLowerCase())),
  }
  return {
    lang: lang.code,
    actors,
    weapons,
    units,
    triggers,
    cues,
    reporting,
    grammar,
    abbreviations,
    conditional,
    progressiveSuffixes: g.progressive_suffixes.map((x) => x.toLowerCase()),
    capitalisedDemonymsArePeople: g.capitalised_demonyms_are_people,
    verbFinal: g.verb_final,
    verbSecond: g.verb_second,
    postpositions: g.postpositions,
    attachedParticles: g.attached_particles,
    dativeAfterItem: g.dative_after_item,
    genitiveAfterNoun: g.genitive_after_noun,
    agentEndings: g.agent_endings.map(foldKey),
    locativeEndings: new Map(
      Object.entries(g.locative_endings).map(([k, v]) => [foldKey(k), v.map(foldKey)]),
    ),
    proclitics: procliticSplitter(
      g.proclitics,
      (key) => actors.startsWith(key) || weapons.startsWith(key) || triggers.startsWith(key),
    ),
  }
}

const cache = new WeakMap<LanguageData, Lexicons>()

/** The lexicons of one language, built once per loaded data. */
export function lexiconsFor(data: LoadedData, lang: string): Lexicons | null {
  const ld = data.languages[lang]
  if (!ld) return null
  let lex = cache.get(ld)
  if (!lex) {
    lex = buildLexicons(data, ld)
    cache.set(ld, lex)
  }
  return lex
}
