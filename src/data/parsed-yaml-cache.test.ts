import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DEFAULT_DATA_DIR } from './load-data.js'
import { openParsedYamlCache, sha256 } from './parsed-yaml-cache.js'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'armsgraph-cache-'))
  dirs.push(d)
  return d
}

describe('parsed YAML cache', () => {
  it('gives the parsed value only for the exact text it was built from', () => {
    const dir = tempDir()
    const file = join(dir, 'lang', 'xx', 'names.yaml')
    const raw = 'KP:\n  names: [North Korea]\n'
    const cachePath = join(dir, 'cache.json')
    writeFileSync(
      cachePath,
      JSON.stringify({
        files: { 'lang/xx/names.yaml': { sha256: sha256(raw), value: { KP: 1 } } },
      }),
    )
    const cache = openParsedYamlCache(dir, cachePath)
    expect(cache.get(file, raw)).toEqual({ KP: 1 })
    expect(cache.get(file, `${raw}# edited\n`)).toBeUndefined()
    expect(cache.get(join(dir, 'other.yaml'), raw)).toBeUndefined()
  })

  it('is empty when the cache file is missing or damaged', () => {
    const dir = tempDir()
    const broken = join(dir, 'cache.json')
    writeFileSync(broken, '{"files": {')
    expect(openParsedYamlCache(dir, broken).get(join(dir, 'a.yaml'), 'a: 1')).toBeUndefined()
    expect(
      openParsedYamlCache(dir, join(dir, 'none.json')).get(join(dir, 'a.yaml'), 'a: 1'),
    ).toBeUndefined()
  })

  it('holds, for every data file, what parsing the YAML gives', () => {
    // The build stores JSON: every value of data/ must survive the round trip unchanged.
    const files = readdirSync(DEFAULT_DATA_DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.yaml'),
    )
    expect(files.length).toBeGreaterThan(50)
    for (const rel of files) {
      const value: unknown = parse(readFileSync(join(DEFAULT_DATA_DIR, rel), 'utf8'))
      expect(JSON.parse(JSON.stringify(value)), rel.split(sep).join('/')).toEqual(value)
    }
  })
})
