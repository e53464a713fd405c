import type {
  BodiesFileT,
  CuesFileT,
  DatesFileT,
  GrammarFileT,
  GroupsFileT,
  NamesFileT,
  NumbersFileT,
  OfficialsFileT,
  PublishersFileT,
  ReportingFileT,
  StatesFileT,
  TriggersFileT,
  WeaponsFileT,
  WeaponWordsFileT,
} from './schema.js'

/** The reference data of one language, validated (data/lang/<code>/). */
export interface LanguageData {
  code: string
  names: NamesFileT
  weaponWords: WeaponWordsFileT
  triggers: TriggersFileT
  grammar: GrammarFileT
  cues: CuesFileT
  reporting: ReportingFileT
  numbers: NumbersFileT
  dates: DatesFileT
}

/** Everything under data/, validated and cross-checked. Passed to extract() as an argument. */
export interface LoadedData {
  /** Short hash of every data file: part of the extractor version stored with results. */
  version: string
  states: StatesFileT
  groups: GroupsFileT
  bodies: BodiesFileT
  officials: OfficialsFileT
  weapons: WeaponsFileT
  languages: Record<string, LanguageData>
  /** News outlets and country-code TLD rules: where a document was published from. */
  publishers: PublishersFileT
}
