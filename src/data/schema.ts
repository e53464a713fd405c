import { z } from 'zod'
import { CategorySchema, PhaseSchema, StanceSchema } from '../contract/extraction.js'

// Shapes of the YAML files under data/ (documented in docs/data-format.md).
// Keys are snake_case; ids are ISO alpha-2 for states and lowercase slugs otherwise.

const Source = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])
const IsoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
const Forms = z.array(z.string().min(1)).default([])

/** data/entities/states.yaml: `KP: {name, capital, source}` keyed by ISO 3166-1 alpha-2. */
export const StateRecord = z.object({
  name: z.string().min(1),
  capital: z.string().nullable().optional(),
  source: Source,
})
export const StatesFile = z.record(z.string().regex(/^[A-Z]{2}$/), StateRecord)

/** data/entities/groups.yaml: armed groups and other non-state actors. */
export const GroupRecord = z.object({
  name: z.string().min(1),
  kind: z.enum(['armed_group', 'organisation']),
  based_in: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .optional(),
  sponsors: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
  source: Source,
})
export const GroupsFile = z.record(z.string().regex(/^[a-z0-9-]+$/), GroupRecord)

/** data/entities/bodies.yaml: government bodies and institutions, used as metonyms and speakers. */
export const BodyRecord = z.object({
  name: z.string().min(1),
  /** The state the body speaks for; null for international bodies (UN, EU). */
  state: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  source: Source,
})
export const BodiesFile = z.record(z.string().regex(/^[a-z0-9-]+$/), BodyRecord)

/** data/entities/officials.yaml: a list of office holders. Names are language-neutral forms. */
export const OfficialRecord = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  names: z.array(z.string().min(1)).min(1),
  /** Surnames matched on their own anywhere (unambiguous: "Lavrov"). */
  short: Forms,
  /** Forms matched only after the person was named in full in the same document ("Kim"). */
  weak: Forms,
  /** ISO alpha-2 of the state; "UN" style bodies use a body id in `body`. */
  state: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  body: z.string().nullable().optional(),
  role: z.string().min(1),
  from: IsoDate,
  to: IsoDate.nullable(),
  source: Source,
})
export const OfficialsFile = z.array(OfficialRecord)

/** data/entities/weapons.yaml: named weapon systems. Designations are language-neutral. */
export const WeaponRecord = z.object({
  name: z.string().min(1),
  category: CategorySchema,
  origin: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  designations: z.array(z.string().min(1)).min(1),
  source: Source,
})
export const WeaponsFile = z.record(z.string().regex(/^[a-z0-9-]+$/), WeaponRecord)

/** data/lang/<code>/names.yaml: surface forms keyed by a state, group or body id. */
export const NameForms = z.object({
  names: Forms,
  /** Capitals and metonyms used for the government ("Pyongyang", "the Kremlin"). */
  short: Forms,
  /** Adjective/demonym forms in every gender and number ("nord-coréen", "nord-coréennes"). */
  demonyms: Forms,
  /** Matched only after the entity was named in the same document ("the North", "le Nord"). */
  weak: Forms,
})
export const NamesFile = z.record(z.string(), NameForms)

/** data/lang/<code>/weapon-words.yaml: generic weapon words and qualifiers by category. */
export const WeaponWordsFile = z.object({
  words: z.partialRecord(CategorySchema, Forms),
  /** Adjectives that add a category only next to a weapon word ("nuclear", "balistiques"). */
  qualifiers: z.partialRecord(CategorySchema, Forms).default({}),
  /** Container and unit nouns a quantity may count ("containers", "conteneurs", "rounds"). */
  units: Forms,
})

/** Who the grammatical subject is: `give` = supplier (sell, deliver); `get` = recipient (buy). */
export const Frame = z.enum(['give', 'get'])

export const TriggerRecord = z.object({
  lemma: z.string().min(1),
  pos: z.enum(['verb', 'noun']),
  frame: Frame,
  phase: PhaseSchema,
  /** true when the word alone does not mean arms (send, give, aid): a weapon word must be near. */
  needs_item: z.boolean().default(true),
  /** A purchase: with no seller named, the maker of a named system sells ("India ordered Rafales"). */
  seller_is_origin: z.boolean().default(false),
  /** "share technology with Iran": the actor after "with" receives. */
  with_is_recipient: z.boolean().default(false),
  /** A noun naming the supplier itself ("India's largest arms supplier"): its possessor buys. */
  agent_noun: z.boolean().default(false),
  forms: z.array(z.string().min(1)).min(1),
})
export const TriggersFile = z.array(TriggerRecord)

/** data/lang/<code>/grammar.yaml: function words that mark roles and clause structure. */
export const GrammarFile = z.object({
  /** Before a recipient: "to", "à", "vers", "pour". */
  recipient_markers: Forms,
  /** Before a supplier of a `get` frame or a source: "from", "de", "auprès de". */
  source_markers: Forms,
  /** French "de": the agent right after a noun ("les livraisons de la Corée du Nord"), the
   * source after a `get` verb or its item ("reçu des munitions de la Corée du Nord"). */
  genitive_markers: Forms,
  /** Relative pronouns whose antecedent is the subject ("la Corée du Nord, qui a livré"). */
  relative_pronouns: Forms,
  /** Relative pronouns whose antecedent is the object ("les drones que l'Iran a livrés"). */
  object_relatives: Forms,
  /** Before the agent of a passive or a nominal: "by", "par". */
  agent_markers: Forms,
  /** "provide Russia with X": the actor before it is the recipient. */
  with_markers: Forms,
  /** Skipped between a marker and its actor: "the", "la", "l'". */
  determiners: Forms,
  /** Possessives that make the next noun's owner the actor before them ("Russia's"). */
  possessive_markers: Forms,
  coordinators: Forms,
  /** Words that end a clause for role search: "but", "while", "mais". */
  clause_breaks: Forms,
  /** Passive auxiliaries: "was", "were", "been", "a été", "ont été". */
  passive_auxiliaries: Forms,
  /** Verb endings that make "be + verb" progressive, not passive: English "is seeking". */
  progressive_suffixes: Forms,
  /** Words that refer back to a speaker's own country: "his country", "son pays". */
  own_country: Forms,
  /** Third-person subject pronouns that refer back to the last speaker: "he", "il". */
  speaker_pronouns: Forms,
  /** Whether a capitalised demonym is the people, hence the state: French "les Russes". */
  capitalised_demonyms_are_people: z.boolean().default(false),
  /** Whether objects and prepositional roles stand before a final participle or infinitive
   * ("hat … an Russland geliefert", "dass … geliefert hat"): German, Dutch. */
  verb_final: z.boolean().default(false),
  /** Whether a main clause keeps its finite verb second, so that the subject may follow it
   * ("Außerdem erhielt die Armee …"), and attributions sit in the middle field. */
  verb_second: z.boolean().default(false),
  /** Abbreviations that do not end a sentence ("Mr", "M", "St"), without the final dot. */
  abbreviations: Forms,
  /** Subject pronouns that stand for the last subject actor ("It imported…", "Elle a livré…"). */
  subject_pronouns: Forms,
  /** First-person pronouns: the document's author speaks ("We condemn…", "nous apportons…"). */
  first_person: Forms,
  /** Markers that, after a `get` verb, introduce the supplier: French "acheter X à la Russie". */
  get_source_markers: Forms,
  /** Exchange cues opening an opposite flow: "in exchange for", "en échange de". */
  exchange_markers: Forms,
  /** Before a place a shipment passes through: "via", "über", "через". The actor after it is no
   * party, and the role search goes on past it ("über Syrien an die Hisbollah"). */
  transit_markers: Forms,
  /** Case languages: a recipient marker that also means "in" ("в Россию" to, "в России" in),
   * mapped to the noun endings that make it a place ("в": [е, и]). */
  locative_endings: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  /** Case languages: a bare name right after a give verb's goods is its recipient in the dative
   * ("КНДР поставляет оружие России"). */
  dative_after_item: z.boolean().default(false),
  /** A bare name right after a transfer noun is its agent, in the genitive or by juxtaposition
   * ("поставки КНДР", "تسليم إيران مسيرات"). */
  genitive_after_noun: z.boolean().default(false),
  /** Case languages: endings of a bare name that make it the agent of a passive, in the
   * instrumental ("поставлены Северной Кореей", "передані Данією"). */
  agent_endings: Forms,
  /** Whether particles and endings are written onto words (Korean "러시아로부터"): Hangul and
   * Han forms then start a word unless written with a leading "-" ("-로부터"), which attaches
   * them to the word before. */
  attached_particles: z.boolean().default(false),
  /** Whether role markers follow their noun (Korean "러시아에" = to Russia): the markers above
   * are then read after the actor, and every role stands before its verb or noun. */
  postpositions: z.boolean().default(false),
  /** Postpositional languages: the subject's particle ("북한이"), the topic's ("북한은"), whose
   * reach runs over several verbs, and the object's ("러시아를 지원했다"). */
  subject_markers: Forms,
  topic_markers: Forms,
  /** Words that begin with a name but are none, matched to keep the name out: Korean "인도적"
   * (humanitarian) and "인도양" (Indian Ocean) start with 인도 (India). */
  not_names: Forms,
  /** Prefixes written onto the next word (Arabic "و", "ل", "بال"), each mapped to what the rest's
   * key starts with ("لل": "ال", since li- + al- drops the alef). A word is cut only when the rest
   * starts a known name, weapon or trigger and the whole word does not. */
  proclitics: z.record(z.string().min(1), z.string()).default({}),
  object_markers: Forms,
})

/** data/lang/<code>/cues.yaml: modality, negation and hedges. */
export const CuesFile = z.object({
  sought: Forms,
  agreed: Forms,
  alleged: Forms,
  confirmed: Forms,
  denial: Forms,
  negation: Forms,
  /** Generic or hypothetical statements that are not events ("would violate", "prohibit"). */
  hypothetical: Forms,
  /** Seizures and interceptions: whoever seizes a shipment is not a party to it. */
  interdiction: Forms,
  /** Verb endings of the conditional mood, a hedge in French news ("aurait livré", "aiderait"). */
  conditional_suffixes: Forms,
  /** Words that end like a conditional but are not verbs ("retrait", "portrait"). */
  conditional_exceptions: Forms,
})

/** data/lang/<code>/reporting.yaml: reporting verbs and speaker titles. */
export const ReportingFile = z.object({
  stances: z.partialRecord(StanceSchema, Forms),
  /** "according to", "selon": the actor after it is the speaker. */
  according_to: Forms,
  /** Titles that make a person a speaker: "minister", "spokesman", "porte-parole". */
  titles: Forms,
  /** Institutions that, with a demonym, stand for their state: "le gouvernement japonais". */
  institutions: Forms,
  /** Words that introduce the author of a statement: "statement … released by", "remarks". */
  voice_markers: Forms,
})

/** data/lang/<code>/numbers.yaml: number words and quantity qualifiers. */
export const NumbersFile = z.object({
  /** "2,5" is two and a half and "1.000" a thousand (French, German, Spanish…). */
  decimal_comma: z.boolean().default(false),
  words: z.record(z.string(), z.number()),
  multipliers: z.record(z.string(), z.number()),
  /** Qualifiers that follow the count they qualify: Korean "100만 발 이상" (over a million). */
  postfix_qualifiers: z
    .record(z.string().min(1), z.enum(['more_than', 'less_than', 'about', 'up_to']))
    .default({}),
  more_than: Forms,
  less_than: Forms,
  about: Forms,
  up_to: Forms,
})

/** data/lang/<code>/dates.yaml: month names and relative expressions. */
export const DatesFile = z.object({
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  weekdays: z.record(z.string(), z.number().int().min(0).max(6)),
  /** Relative spans: "last month" → {unit: month, offset: -1}. */
  relative: z.array(
    z.object({
      forms: z.array(z.string().min(1)).min(1),
      unit: z.enum(['day', 'week', 'month', 'year']),
      offset: z.number().int(),
    }),
  ),
  /** Words before a bare month or year that make it a date: German "im März", "seit 2014". */
  period_cues: Forms,
  /** Numeric dates with a unit word after each number: Korean "2023년 9월 15일", Chinese
   * "2023年3月15日". */
  numeric_suffixes: z
    .object({ year: Forms, month: Forms, day: Forms })
    .default({ year: [], month: [], day: [] }),
})

/** A host name in lower case: labels separated by dots ("yna.co.kr"). */
const DomainName = z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/)
const TwoLetterTld = z.string().regex(/^[a-z]{2}$/)

/** data/publishers.yaml: a news outlet or agency and the country it publishes from. */
export const PublisherRecord = z.object({
  name: z.string().min(1),
  /** Other names feeds and pages give it ("Yonhap", "AFP"); matched case-insensitively. */
  aliases: Forms,
  /** Registered domains; every subdomain matches too ("en.yna.co.kr" is "yna.co.kr"). */
  domains: z.array(DomainName).min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  source: Source,
})
export const PublishersFile = z.object({
  publishers: z.array(PublisherRecord).default([]),
  country_code_tlds: z
    .object({
      /** Country-code TLDs that are not their state's ISO code: `uk: GB`. */
      other_codes: z.record(TwoLetterTld, z.string().regex(/^[A-Z]{2}$/)).default({}),
      /** Country-code TLDs sold as generic ones: they say nothing of a site's country. */
      generic: z.array(TwoLetterTld).default([]),
    })
    .default({ other_codes: {}, generic: [] }),
})

export type StatesFileT = z.infer<typeof StatesFile>
export type GroupsFileT = z.infer<typeof GroupsFile>
export type BodiesFileT = z.infer<typeof BodiesFile>
export type OfficialsFileT = z.infer<typeof OfficialsFile>
export type WeaponsFileT = z.infer<typeof WeaponsFile>
export type NamesFileT = z.infer<typeof NamesFile>
export type WeaponWordsFileT = z.infer<typeof WeaponWordsFile>
export type TriggersFileT = z.infer<typeof TriggersFile>
export type GrammarFileT = z.infer<typeof GrammarFile>
export type CuesFileT = z.infer<typeof CuesFile>
export type ReportingFileT = z.infer<typeof ReportingFile>
export type NumbersFileT = z.infer<typeof NumbersFile>
export type DatesFileT = z.infer<typeof DatesFile>
export type PublishersFileT = z.infer<typeof PublishersFile>
