/**
 * Seeds gazetteer entries for ISO 3166-1 codes that data/entities/states.yaml does not list yet.
 *
 * The YAML files are the data and are curated by hand, so this script never rewrites them: it
 * prints seed blocks (states.yaml, then en and fr names.yaml) to stdout for a human to review,
 * correct and paste. The packages' names and demonyms are a starting point only: they miss
 * feminine and plural forms, use ISO-style names ("Korea, Republic of") and contain errors.
 *
 * Usage: npx tsx scripts/gen-states.ts [--all]   (--all seeds every code, not only missing ones)
 */
import { readFileSync } from 'node:fs'
import countries from 'i18n-iso-countries'
import nationalities from 'i18n-nationality'
import { parse, stringify } from 'yaml'

const root = new URL('../', import.meta.url)
const LANGS = ['en', 'fr'] as const
type Lang = (typeof LANGS)[number]

interface Seed {
  code: string
  name: string
  forms: Record<Lang, { names: string[]; demonyms: string[] }>
}

/** Codes already present in states.yaml. */
function knownCodes(): Set<string> {
  const text = readFileSync(new URL('data/entities/states.yaml', root), 'utf8')
  const data: unknown = parse(text)
  return new Set(data && typeof data === 'object' ? Object.keys(data) : [])
}

/** Every name the package knows for a code, official first, without ISO "X, Y of" inversions. */
function namesFor(code: string, lang: Lang): string[] {
  const all = countries.getName(code, lang, { select: 'all' }) ?? []
  return all.filter((name) => !name.includes(', '))
}

/** The package's demonym, unless it is a territory name or a note in parentheses. */
function demonymFor(code: string, lang: Lang): string[] {
  const form = nationalities.getName(code, lang)
  if (!form || form.includes('(') || namesFor(code, lang).includes(form)) return []
  // French demonyms are written in lower case; the matcher is case-insensitive for them.
  return [lang === 'fr' ? form.toLowerCase() : form]
}

/** Display name: the shortest name that is not an abbreviation ("China", not "PRC"). */
function displayName(names: string[], code: string): string {
  const words = names.filter((name) => /\p{Ll}/u.test(name))
  return words.sort((a, b) => a.length - b.length)[0] ?? code
}

function seedFor(code: string): Seed {
  const formsIn = (lang: Lang) => ({
    names: namesFor(code, lang),
    demonyms: demonymFor(code, lang),
  })
  const forms = { en: formsIn('en'), fr: formsIn('fr') }
  return { code, name: displayName(forms.en.names, code), forms }
}

function printSeeds(seeds: Seed[]): void {
  const states = Object.fromEntries(
    seeds.map((s) => [s.code, { name: s.name, capital: null, source: 'ISO 3166-1' }]),
  )
  console.log('# --- data/entities/states.yaml (add capitals by hand)')
  console.log(stringify(states))
  for (const lang of LANGS) {
    const names = Object.fromEntries(seeds.map((s) => [s.code, s.forms[lang]]))
    console.log(
      `# --- data/lang/${lang}/names.yaml (add short forms, every demonym form, weak forms)`,
    )
    console.log(stringify(names, { collectionStyle: 'flow' }))
  }
}

function main(): void {
  const seedAll = process.argv.includes('--all')
  const known = knownCodes()
  const codes = Object.keys(countries.getAlpha2Codes())
    .filter((code) => seedAll || !known.has(code))
    .sort()
  if (codes.length === 0) {
    console.log('# states.yaml already lists every ISO 3166-1 code')
    return
  }
  printSeeds(codes.map(seedFor))
}

main()
