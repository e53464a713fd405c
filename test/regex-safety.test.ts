import { readFileSync } from 'node:fs'
import { checkSync } from 'recheck'
import { describe, expect, it } from 'vitest'
import { recheckFlags, regexLiterals } from './helpers/regex-literals.js'
import { walkFiles } from './helpers/walk-files.js'

// Code that ships or that processes corpora; tests are exempt (their inputs are fixed).
const ROOTS = ['src', 'scripts', 'bench']
const isCode = (path: string): boolean =>
  path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts')

interface Checked {
  where: string
  pattern: string
  status: string
  why: string
}

function checkRoot(root: string): Checked[] {
  let files: string[]
  try {
    files = walkFiles(root, isCode).map((f) => `${root}/${f}`)
  } catch {
    return [] // scripts/ or bench/ may not exist yet in a fresh checkout
  }
  return files.flatMap((file) =>
    regexLiterals(file, readFileSync(file, 'utf8')).map((re) => {
      const result = checkSync(re.source, recheckFlags(re.flags))
      const why =
        result.status === 'vulnerable'
          ? `${result.complexity.summary}; attack ${result.attack.pattern}`
          : result.status === 'unknown'
            ? String(result.error)
            : ''
      return { where: `${file}:${re.line}`, pattern: `/${re.source}/${re.flags}`, ...result, why }
    }),
  )
}

describe('regex safety (recheck, STYLE §3)', () => {
  it('the checker itself flags a known exponential pattern', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable')
    expect(checkSync('^\\d{4}(?:-\\d{2})?$', '').status).toBe('safe')
  })

  it('the literal finder reads flags and ignores division and strings', () => {
    const found = regexLiterals('x.ts', "const a = 6 / 2 / 3\nconst b = '/x/'\nconst c = /é+/giu\n")
    expect(found).toEqual([{ line: 3, source: 'é+', flags: 'giu' }])
    expect(recheckFlags('dgv')).toBe('gu')
  })

  it('every regex literal in src, scripts and bench runs in linear time', () => {
    const checked = ROOTS.flatMap(checkRoot)
    // src/errors.ts has one, so an empty result means the walk is broken, not that all is well.
    expect(checked.length).toBeGreaterThan(0)
    const failures = checked
      .filter((c) => c.status !== 'safe')
      .map((c) => `${c.where} ${c.pattern} → ${c.status}: ${c.why}`)
    expect(failures).toEqual([])
  })
})
