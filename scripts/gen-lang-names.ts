/**
 * Seeds `data/lang/<code>/names.yaml` for a new language: one entry per state of
 * data/entities/states.yaml with the names the Unicode CLDR gives (via i18n-iso-countries).
 * It prints to stdout for a human to curate (short names, capitals, demonyms, case forms and the
 * spellings the press uses are not in CLDR); it never writes the data files.
 *
 * Usage: npx tsx scripts/gen-lang-names.ts <code>
 */
import { readFileSync } from 'node:fs'
import countries from 'i18n-iso-countries'
import { parse } from 'yaml'

const root = new URL('../', import.meta.url)

function main(): void {
  const lang = process.argv[2]
  if (!lang || !/^[a-z]{2}$/.test(lang)) {
    process.stderr.write('usage: gen-lang-names <ISO 639-1 code>\n')
    process.exitCode = 2
    return
  }
  const states = parse(readFileSync(new URL('data/entities/states.yaml', root), 'utf8')) as Record<
    string,
    unknown
  >
  const lines = [
    `# source: Unicode CLDR "${lang}" locale via i18n-iso-countries (seed; curated by hand)`,
  ]
  for (const code of Object.keys(states).sort()) {
    const names = (countries.getName(code, lang, { select: 'all' }) ?? []).filter(
      (n) => !n.includes(', '),
    )
    if (names.length === 0) continue
    lines.push(`${code}:`, `  names: [${names.map((n) => JSON.stringify(n)).join(', ')}]`)
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}

main()
