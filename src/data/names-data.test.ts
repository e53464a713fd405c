import { readdirSync, readFileSync } from 'node:fs'
import { describe, it, expect } from 'vitest'
import { parse } from 'yaml'
import { BodiesFile, GroupsFile, NamesFile, StatesFile, type NamesFileT } from './schema.js'

// Checks the gazetteer data itself (data/entities, data/lang/*/names.yaml), not the loader.
const root = new URL('../../', import.meta.url)
const load = (path: string): unknown => parse(readFileSync(new URL(path, root), 'utf8'))

const states = StatesFile.parse(load('data/entities/states.yaml'))
const groups = GroupsFile.parse(load('data/entities/groups.yaml'))
const bodies = BodiesFile.parse(load('data/entities/bodies.yaml'))
// Every language folder: a new language is checked as soon as it exists.
const LANGS = readdirSync(new URL('../../data/lang/', import.meta.url)).sort()
const names: Record<string, NamesFileT> = Object.fromEntries(
  LANGS.map((lang) => [lang, NamesFile.parse(load(`data/lang/${lang}/names.yaml`))]),
)
const ids = new Set([...Object.keys(states), ...Object.keys(groups), ...Object.keys(bodies)])

/** The match key the engine uses: lowercase with accents folded. */
const fold = (form: string): string => form.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** Forms that two different ids claim outside `weak`, as "form: id1, id2". */
function strongDuplicates(
  file: Record<string, { names: string[]; short: string[]; demonyms: string[] }>,
) {
  const owners = new Map<string, Set<string>>()
  for (const [id, forms] of Object.entries(file)) {
    for (const form of [...forms.names, ...forms.short, ...forms.demonyms]) {
      const key = fold(form)
      owners.set(key, (owners.get(key) ?? new Set()).add(id))
    }
  }
  return [...owners].filter(([, set]) => set.size > 1).map(([k, set]) => `${k}: ${[...set]}`)
}

describe('entities', () => {
  it('lists every ISO 3166-1 state, sorted by code', () => {
    const codes = Object.keys(states)
    expect(codes.length).toBeGreaterThanOrEqual(249)
    expect(codes).toEqual([...codes].sort())
    for (const code of ['KP', 'KR', 'RU', 'US', 'UA', 'IR', 'SY', 'GB', 'TW', 'PS', 'AQ', 'ZW']) {
      expect(states[code]).toBeDefined()
    }
    expect(states.KP?.name).toBe('North Korea')
    expect(states.KR?.name).toBe('South Korea')
    expect(states.GB?.capital).toBe('London')
  })

  it('points groups and bodies at known states', () => {
    for (const group of Object.values(groups)) {
      for (const code of [group.based_in, ...group.sponsors])
        if (code) expect(states[code]).toBeDefined()
    }
    for (const body of Object.values(bodies))
      if (body.state) expect(states[body.state]).toBeDefined()
    expect(groups.hezbollah?.sponsors).toContain('IR')
    expect(bodies.kremlin?.state).toBe('RU')
    expect(bodies.nato?.state).toBeNull()
  })
})

describe.each(LANGS)('names.yaml (%s)', (lang) => {
  const file = names[lang] ?? {}

  it('keys only known ids and covers every id', () => {
    expect(Object.keys(file).filter((id) => !ids.has(id))).toEqual([])
    expect([...ids].filter((id) => !file[id])).toEqual([])
  })

  it('has no form shared by two ids outside weak', () => {
    // The checker itself: case and accents are folded, weak forms are ignored.
    const probe = {
      A: { names: ['Corée'], short: [], demonyms: [] },
      B: { names: ['COREE'], short: [], demonyms: [] },
    }
    expect(strongDuplicates(probe)).toEqual(['coree: A,B'])
    expect(strongDuplicates(file)).toEqual([])
  })
})

describe('important forms', () => {
  it('names North Korea in English', () => {
    const kp = names.en?.KP
    expect(kp?.names).toEqual(
      expect.arrayContaining([
        'North Korea',
        "Democratic People's Republic of Korea",
        'DPRK',
        'N. Korea',
      ]),
    )
    expect(kp?.short).toContain('Pyongyang')
    expect(kp?.demonyms).toEqual(expect.arrayContaining(['North Korean', 'North Koreans']))
    expect(kp?.weak).toContain('the North')
  })

  it('names North Korea in French in every gender and number', () => {
    const kp = names.fr?.KP
    expect(kp?.names).toEqual(
      expect.arrayContaining([
        'Corée du Nord',
        'République populaire démocratique de Corée',
        'RPDC',
      ]),
    )
    expect(kp?.short).toContain('Pyongyang')
    expect(kp?.demonyms).toEqual(
      expect.arrayContaining(['nord-coréen', 'nord-coréenne', 'nord-coréens', 'nord-coréennes']),
    )
    expect(kp?.weak).toContain('le Nord')
  })

  it('keeps ambiguous forms out of strong lists', () => {
    const strong = (lang: 'en' | 'fr', id: string) => {
      const forms = names[lang]?.[id]
      return forms ? [...forms.names, ...forms.short, ...forms.demonyms] : []
    }
    expect(strong('en', 'CD')).not.toContain('Congo')
    expect(strong('en', 'CG')).not.toContain('Congo')
    expect(strong('fr', 'GD')).not.toContain('Grenade')
    expect(strong('en', 'US')).toEqual(expect.arrayContaining(['US', 'U.S.', 'Washington']))
    expect(strong('fr', 'US')).toEqual(
      expect.arrayContaining(['États-Unis', 'É.-U.', 'américaines']),
    )
    expect(strong('en', 'kremlin')).toContain('Kremlin')
    expect(strong('en', 'RU')).not.toContain('Kremlin')
  })
})
