import { createHash } from 'node:crypto'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ArmsgraphError } from '../errors.js'
import { crossCheck } from './cross-check.js'
import { CACHE_FILE, openParsedYamlCache, type ParsedYamlCache } from './parsed-yaml-cache.js'
import { readYaml } from './read-yaml.js'
import * as S from './schema.js'
import type { LanguageData, LoadedData } from './types.js'

/** data/ beside src/ or dist/: both sit one level below the package root. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url))
/** The build's parsed copy of data/ (dist/data-cache.json); absent when running from src/. */
export const PARSED_CACHE = fileURLToPath(new URL(`../${CACHE_FILE}`, import.meta.url))

const EMPTY_CUES = {
  sought: [],
  agreed: [],
  alleged: [],
  confirmed: [],
  denial: [],
  negation: [],
  hypothetical: [],
  interdiction: [],
  conditional_suffixes: [],
  conditional_exceptions: [],
}

function loadLanguage(
  dir: string,
  code: string,
  hash: ReturnType<typeof createHash>,
  cache: ParsedYamlCache,
): LanguageData {
  const read = <T extends import('zod').ZodType>(name: string, schema: T, fallback?: unknown) => {
    const { value, raw } = readYaml(join(dir, name), schema, fallback, cache)
    hash.update(raw)
    return value
  }
  return {
    code,
    names: read('names.yaml', S.NamesFile),
    weaponWords: read('weapon-words.yaml', S.WeaponWordsFile, {
      words: {},
      qualifiers: {},
      units: [],
    }),
    triggers: read('triggers.yaml', S.TriggersFile),
    grammar: read('grammar.yaml', S.GrammarFile),
    cues: read('cues.yaml', S.CuesFile, EMPTY_CUES),
    reporting: read('reporting.yaml', S.ReportingFile, {
      stances: {},
      according_to: [],
      titles: [],
      institutions: [],
      voice_markers: [],
    }),
    numbers: read('numbers.yaml', S.NumbersFile, {
      words: {},
      multipliers: {},
      more_than: [],
      less_than: [],
      about: [],
      up_to: [],
    }),
    dates: read('dates.yaml', S.DatesFile, { months: {}, weekdays: {}, relative: [] }),
  }
}

/** Every publisher country is a known state, and no domain or name belongs to two publishers. */
function checkPublishers(data: LoadedData): void {
  const file = 'publishers.yaml'
  const fail = (problem: string) => {
    throw new ArmsgraphError('ERR_DATA_INVALID', `${file}: ${problem}`, { file })
  }
  const { publishers, country_code_tlds: tlds } = data.publishers
  const owners = new Map<string, string>()
  for (const p of publishers) {
    if (!data.states[p.country]) fail(`${p.name}: unknown country ${p.country}`)
    for (const key of [...p.domains, ...[p.name, ...p.aliases].map((n) => n.toLowerCase())]) {
      const owner = owners.get(key)
      if (owner !== undefined && owner !== p.name) fail(`${key} belongs to ${owner} and ${p.name}`)
      owners.set(key, p.name)
    }
  }
  for (const [tld, code] of Object.entries(tlds.other_codes)) {
    if (!data.states[code]) fail(`country_code_tlds.other_codes.${tld}: unknown country ${code}`)
  }
}

/**
 * Loads, validates and cross-checks every file under data/.
 * @example
 * const data = loadData()          // the packaged data/
 * Object.keys(data.languages)      // ['en', 'fr']
 */
export function loadData(dir: string = DEFAULT_DATA_DIR): LoadedData {
  let langCodes: string[]
  try {
    langCodes = readdirSync(join(dir, 'lang'))
      .filter((d) => statSync(join(dir, 'lang', d)).isDirectory())
      .sort()
  } catch {
    throw new ArmsgraphError('ERR_DATA_INVALID', `no data/lang folder in ${dir}`, { dir })
  }
  const hash = createHash('sha256')
  const cache = openParsedYamlCache(dir, PARSED_CACHE)
  const entity = <T extends import('zod').ZodType>(name: string, schema: T, fallback?: unknown) => {
    const { value, raw } = readYaml(join(dir, 'entities', name), schema, fallback, cache)
    hash.update(raw)
    return value
  }
  const data: LoadedData = {
    version: '',
    states: entity('states.yaml', S.StatesFile),
    groups: entity('groups.yaml', S.GroupsFile, {}),
    bodies: entity('bodies.yaml', S.BodiesFile, {}),
    officials: entity('officials.yaml', S.OfficialsFile, []),
    weapons: entity('weapons.yaml', S.WeaponsFile, {}),
    languages: {},
    // Not hashed into the version: publishers describe documents, they do not change extraction.
    publishers: readYaml(join(dir, 'publishers.yaml'), S.PublishersFile, {}, cache).value,
  }
  for (const code of langCodes)
    data.languages[code] = loadLanguage(join(dir, 'lang', code), code, hash, cache)
  crossCheck(data)
  checkPublishers(data)
  data.version = hash.digest('hex').slice(0, 12)
  return data
}
