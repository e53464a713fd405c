/**
 * Prints, for each language under data/lang/, what its reference data does not cover yet:
 * entity ids without any surface form, weapon categories without a generic word, and a summary
 * of the transfer triggers. Read-only; exits 0 whenever the data loads.
 *
 * Usage: npm run data:coverage   (or npx tsx scripts/data-coverage.ts [data-dir])
 */
import { CATEGORIES } from '../src/contract/extraction.js'
import { loadData, type LanguageData, type LoadedData } from '../src/data/index.js'

const WIDTH = 100

/** `items` joined with ", " and wrapped at WIDTH, every line indented by `indent`. */
function wrap(items: string[], indent: string): string {
  if (items.length === 0) return `${indent}(none)`
  const lines: string[] = []
  let line = ''
  for (const item of items) {
    const next = line ? `${line}, ${item}` : item
    if (line && indent.length + next.length > WIDTH) {
      lines.push(`${indent}${line},`)
      line = item
    } else line = next
  }
  lines.push(`${indent}${line}`)
  return lines.join('\n')
}

/** True when names.yaml gives the id at least one form of any kind. */
function hasForms(lang: LanguageData, id: string): boolean {
  const forms = lang.names[id]
  if (!forms) return false
  return [forms.names, forms.short, forms.demonyms, forms.weak].some((list) => list.length > 0)
}

function missingEntities(data: LoadedData, lang: LanguageData): Record<string, string[]> {
  const missing = (ids: string[]) => ids.filter((id) => !hasForms(lang, id)).sort()
  return {
    states: missing(Object.keys(data.states)),
    groups: missing(Object.keys(data.groups)),
    bodies: missing(Object.keys(data.bodies)),
  }
}

/** "verb/give" → the lemmas of that part of speech and frame, in file order. */
function triggersByPosFrame(lang: LanguageData): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const t of lang.triggers) {
    const key = `${t.pos}/${t.frame}`
    const lemmas = groups.get(key) ?? []
    if (!lemmas.includes(t.lemma)) lemmas.push(t.lemma)
    groups.set(key, lemmas)
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)))
}

function reportLanguage(data: LoadedData, lang: LanguageData): string[] {
  const out: string[] = []
  const missing = missingEntities(data, lang)
  const stateCount = Object.keys(data.states).length
  const covered = stateCount - (missing.states?.length ?? 0)
  out.push(`== ${lang.code} ==`)
  out.push(`states covered: ${covered}/${stateCount}`)
  for (const [kind, ids] of Object.entries(missing)) {
    out.push(`${kind} without forms (${ids.length}):`, wrap(ids, '  '))
  }
  const triggers = triggersByPosFrame(lang)
  const lemmaCount = new Set(lang.triggers.map((t) => t.lemma)).size
  const pairCount = [...triggers.values()].reduce((n, lemmas) => n + lemmas.length, 0)
  out.push(`trigger lemmas: ${lemmaCount} distinct, ${pairCount} by pos/frame`)
  for (const [key, lemmas] of triggers) {
    out.push(`  ${key} (${lemmas.length}):`, wrap(lemmas, '    '))
  }
  const noWord = CATEGORIES.filter((c) => (lang.weaponWords.words[c] ?? []).length === 0)
  out.push(`weapon categories without a generic word (${noWord.length}):`, wrap(noWord, '  '))
  const unnamed = data.officials.filter((o) => o.state !== null && !hasForms(lang, o.state))
  out.push(
    `officials: ${data.officials.length} (${unnamed.length} whose state has no ${lang.code} form)`,
  )
  return out
}

function main(): void {
  const data = loadData(process.argv[2])
  const codes = Object.keys(data.languages).sort()
  const header = [
    `data version ${data.version}: languages ${codes.join(', ')}`,
    `entities: ${Object.keys(data.states).length} states, ${Object.keys(data.groups).length} groups,` +
      ` ${Object.keys(data.bodies).length} bodies, ${data.officials.length} officials`,
  ]
  const sections = codes.flatMap((code) => {
    const lang = data.languages[code]
    return lang ? ['', ...reportLanguage(data, lang)] : []
  })
  process.stdout.write(`${[...header, ...sections].join('\n')}\n`)
}

main()
