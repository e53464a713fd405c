import { readFileSync } from 'node:fs'
import countries from 'i18n-iso-countries'
import { describe, it, expect } from 'vitest'
import { parse } from 'yaml'
import { OfficialsFile, WeaponsFile, WeaponWordsFile } from './schema.js'

// Checks the officials, weapon-system and weapon-word data itself, not the loader.
const root = new URL('../../', import.meta.url)
const load = (path: string): unknown => parse(readFileSync(new URL(path, root), 'utf8'))

const officials = OfficialsFile.parse(load('data/entities/officials.yaml'))
const weapons = WeaponsFile.parse(load('data/entities/weapons.yaml'))
const words = {
  en: WeaponWordsFile.parse(load('data/lang/en/weapon-words.yaml')),
  fr: WeaponWordsFile.parse(load('data/lang/fr/weapon-words.yaml')),
}

/** The engine's match key: lowercase, accents folded, curly apostrophes made straight. */
const fold = (form: string): string =>
  form.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase()

/** Keys claimed by more than one owner, as "key: owner1, owner2". */
function clashes(pairs: Array<[owner: string, form: string]>): string[] {
  const owners = new Map<string, Set<string>>()
  for (const [owner, form] of pairs) {
    const key = fold(form)
    owners.set(key, (owners.get(key) ?? new Set()).add(owner))
  }
  return [...owners].filter(([, set]) => set.size > 1).map(([k, set]) => `${k}: ${[...set]}`)
}

/** Forms listed twice in one list once folded (they would give the same match twice). */
const repeats = (forms: string[]): string[] =>
  forms.filter((f, i) => forms.findIndex((g) => fold(g) === fold(f)) !== i)

/** Partial ISO dates as day ranges: "2014" starts on 2014-01-01 and ends on 2014-12-31. */
const startOf = (d: string): string => (d + '-01-01').slice(0, 10)
const endOf = (d: string): string =>
  d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d

const officialsNamed = (name: string) =>
  officials.filter((o) => o.names.some((n) => fold(n) === fold(name)))

describe('officials.yaml', () => {
  it('gives every official a valid state or a body, and ordered dates', () => {
    expect(officials.length).toBeGreaterThanOrEqual(120)
    for (const o of officials) {
      expect(o.state !== null || Boolean(o.body), o.id).toBe(true)
      if (o.state) expect(countries.isValid(o.state), `${o.id} ${o.state}`).toBe(true)
      if (o.to) expect(startOf(o.from) <= endOf(o.to), o.id).toBe(true)
      expect(o.role, o.id).toMatch(/^[a-z]+(?:_[a-z]+)*$/)
    }
    expect(new Set(officials.map((o) => o.id)).size).toBe(officials.length)
  })

  it('matches a surname alone in one record only, and never lists a form twice', () => {
    expect(
      clashes(officials.flatMap((o) => o.short.map((s): [string, string] => [o.id, s]))),
    ).toEqual([])
    for (const o of officials)
      expect(repeats([...o.names, ...o.short, ...o.weak]), o.id).toEqual([])
  })

  it('shares full names only between records of the same person', () => {
    // Records of one person list the same first name form; two people must not share a name.
    const pairs = officials.flatMap((o) =>
      o.names.map((n): [string, string] => [o.names[0] ?? '', n]),
    )
    expect(clashes(pairs)).toEqual([])
  })

  it('resolves the speakers of the dev set to their states', () => {
    const expected: Record<string, string> = {
      'Antony J. Blinken': 'US',
      'Kamikawa Yoko': 'JP',
      'Yoko Kamikawa': 'JP',
      'Park Jin': 'KR',
      'Sergueï Lavrov': 'RU',
      'Sergei Lavrov': 'RU',
      'Vladimir Poutine': 'RU',
      "Moshe Ya'alon": 'IL',
      'Bashar al-Assad': 'SY',
      'Samuel Paparo': 'US',
      'Ned Price': 'US',
      'Kim Jong-un': 'KP',
      'Choe Son Hui': 'KP',
      'Volodymyr Zelenskyy': 'UA',
    }
    for (const [name, state] of Object.entries(expected)) {
      const found = officialsNamed(name)
      expect(found.length, name).toBeGreaterThan(0)
      for (const o of found) expect(o.state, name).toBe(state)
    }
    expect(officialsNamed('António Guterres')[0]?.body).toBe('united-nations')
  })

  it('keeps common Korean surnames weak and tracks offices by date', () => {
    const shorts = new Set(officials.flatMap((o) => o.short.map(fold)))
    for (const s of ['kim', 'park', 'lee', 'moon', 'wang', 'li', 'johnson'])
      expect(shorts.has(s), s).toBe(false)
    const blinken = officialsNamed('Antony Blinken')
    expect(blinken.map((o) => o.role).sort()).toEqual([
      'deputy_foreign_minister',
      'foreign_minister',
    ])
    expect(blinken.filter((o) => o.short.includes('Blinken'))).toHaveLength(1)
    const assad = officials.find((o) => o.id === 'bashar-al-assad-president')
    expect(assad?.to).toBe('2024-12-08')
  })
})

describe('weapons.yaml', () => {
  it('knows KN-23 as Hwasong-11 and Shahed-136 as Geran-2', () => {
    expect(weapons['kn-23']).toMatchObject({ category: 'missiles', origin: 'KP' })
    expect(weapons['kn-23']?.designations).toEqual(expect.arrayContaining(['KN-23', 'Hwasong-11']))
    expect(weapons['shahed-136']).toMatchObject({ category: 'drones', origin: 'IR' })
    expect(weapons['shahed-136']?.designations).toEqual(
      expect.arrayContaining(['Shahed-136', 'Geran-2']),
    )
    expect(weapons['s-300']?.category).toBe('air_defence')
  })

  it('lists each designation under one system only, with a valid origin', () => {
    const pairs = Object.entries(weapons).flatMap(([id, w]) =>
      w.designations.map((d): [string, string] => [id, d]),
    )
    expect(clashes(pairs)).toEqual([])
    expect(Object.keys(weapons).length).toBeGreaterThanOrEqual(80)
    for (const [id, w] of Object.entries(weapons))
      if (w.origin) expect(countries.isValid(w.origin), id).toBe(true)
  })

  it('writes ambiguous names with a capital so common words do not match', () => {
    const ambiguous = [
      'Patriot',
      'Leopard',
      'Caesar',
      'Javelin',
      'Stinger',
      'Lancet',
      'Hawk',
      'Taurus',
      'Gepard',
      'Marder',
    ]
    const all = Object.values(weapons).flatMap((w) => w.designations)
    for (const name of ambiguous) expect(all, name).toContain(name)
    for (const d of all) expect(d, d).not.toMatch(/^\p{Ll}/u)
  })
})

describe('weapon-words.yaml', () => {
  it.each(['en', 'fr'] as const)(
    '%s: gives each word one category and keeps qualifiers apart',
    (lang) => {
      const file = words[lang]
      const pairs = Object.entries(file.words).flatMap(([cat, fs]) =>
        fs.map((f): [string, string] => [cat, f]),
      )
      expect(clashes(pairs)).toEqual([])
      const wordKeys = new Set(pairs.map(([, f]) => fold(f)))
      for (const q of Object.values(file.qualifiers).flat())
        expect(wordKeys.has(fold(q)), q).toBe(false)
      expect(repeats(file.units)).toEqual([])
    },
  )

  it('maps the phrases of the seed story to their categories', () => {
    const category = (lang: 'en' | 'fr', form: string) =>
      Object.entries(words[lang].words).find(([, fs]) =>
        fs.some((f) => fold(f) === fold(form)),
      )?.[0]
    expect(category('fr', 'munitions')).toBe('ammunition')
    expect(category('fr', 'équipements militaires')).toBe('unspecified')
    expect(category('fr', 'munitions rôdeuses')).toBe('drones')
    expect(category('en', 'weapons technology')).toBe('technology')
    expect(category('en', 'nuclear weapons')).toBe('nuclear')
    expect(category('en', 'air defense missiles')).toBe('air_defence')
    expect(category('en', 'fighters')).toBeUndefined()
    expect(words.fr.qualifiers.space).toContain('spatiaux')
    expect(words.fr.units).toContain('conteneurs')
  })
})
