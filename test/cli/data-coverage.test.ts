import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'

// Runs scripts/data-coverage.ts as `npm run data:coverage` does, through tsx.
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DATA = join(ROOT, 'data')

function runCoverage(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-coverage.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A YAML file of the copied data folder, changed by `edit` (comments are not kept). */
function editYaml(path: string, edit: (doc: Record<string, unknown>) => void): void {
  const doc = parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  edit(doc)
  writeFileSync(path, stringify(doc))
}

let copy = ''
beforeAll(() => {
  copy = join(mkdtempSync(join(tmpdir(), 'armsgraph-coverage-')), 'data')
  cpSync(DATA, copy, { recursive: true })
  // French loses Belarus and its naval words; English is left whole.
  editYaml(join(copy, 'lang/fr/names.yaml'), (doc) => delete doc.BY)
  editYaml(join(copy, 'lang/fr/weapon-words.yaml'), (doc) => {
    delete (doc.words as Record<string, unknown>).naval
  })
})
afterAll(() => {
  if (copy) rmSync(join(copy, '..'), { recursive: true, force: true })
})

describe('scripts/data-coverage.ts', () => {
  it('reports every language of the packaged data and exits 0', () => {
    const r = runCoverage()
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('== en ==')
    expect(r.stdout).toContain('== fr ==')
    expect(r.stdout).toMatch(/states covered: \d+\/\d+/)
    expect(r.stdout).toContain('verb/give')
    expect(r.stdout).toContain('officials: ')
  })

  it('lists a state and a weapon category that one language lacks', () => {
    const r = runCoverage(copy)
    expect(r.status).toBe(0)
    const fr = r.stdout.slice(r.stdout.indexOf('== fr =='))
    const en = r.stdout.slice(r.stdout.indexOf('== en =='), r.stdout.indexOf('== fr =='))
    expect(fr).toContain('states without forms (1):\n  BY\n')
    expect(fr).toContain('weapon categories without a generic word (1):\n  naval\n')
    expect(en).toContain('states without forms (0):')
    expect(en).not.toContain('  BY\n')
  })
})
