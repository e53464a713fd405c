import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ArmsgraphError, ERRORS, isArmsgraphError, type ErrorCode } from '../src/errors.js'

const CODES = Object.keys(ERRORS) as ErrorCode[]
const DOC = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8')

/** `## ERR_X` heading → the text of its section, up to the next `## ` heading. */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const part of markdown.split('\n## ').slice(1)) {
    const newline = part.indexOf('\n')
    out.set(part.slice(0, newline).trim(), part.slice(newline + 1))
  }
  return out
}

/** The number after a bold label such as `**Exit code:** 2`. */
function labelled(section: string, label: string): number | null {
  const at = section.indexOf(`**${label}:**`)
  if (at < 0) return null
  const value = Number.parseInt(section.slice(at + label.length + 5).trimStart(), 10)
  return Number.isNaN(value) ? null : value
}

const DOCUMENTED = sections(DOC)

describe('error catalogue (STYLE §6)', () => {
  it('documents exactly the codes declared in src/errors.ts', () => {
    expect([...DOCUMENTED.keys()].sort()).toEqual([...CODES].sort())
  })

  it.each(CODES)('%s has a Cause and a Fix line in docs/errors.md', (code) => {
    const lines = (DOCUMENTED.get(code) ?? '').split('\n')
    for (const label of ['Cause', 'Fix']) {
      const line = lines.find((l) => l.startsWith(`- **${label}:**`))
      expect(line, `${code}: no "- **${label}:**" line`).toBeDefined()
      // A label with nothing after it explains nothing.
      expect(line?.slice(label.length + 7).trim().length ?? 0).toBeGreaterThan(10)
    }
  })

  it.each(CODES)('%s: exit code and HTTP status in the docs match the code', (code) => {
    const section = DOCUMENTED.get(code) ?? ''
    expect(labelled(section, 'Exit code')).toBe(ERRORS[code].exit)
    expect(labelled(section, 'HTTP status')).toBe(ERRORS[code].status)
  })

  it.each(CODES)('%s exits non-zero with an HTTP error status', (code) => {
    expect(ERRORS[code].exit).toBeGreaterThan(0)
    expect(ERRORS[code].status).toBeGreaterThanOrEqual(400)
    expect(ERRORS[code].status).toBeLessThan(600)
  })

  it.each(CODES)('%s: a multi-line message is folded into one line', (code) => {
    const cause = new Error('low level')
    const err = new ArmsgraphError(
      code,
      'first line\n  second line\r\n\tthird\n',
      { k: 1 },
      { cause },
    )
    expect(err.message).not.toMatch(/[\r\n]/)
    expect(err.message).toContain('first line second line')
    expect(err.message).toContain('third')
    expect(err).toMatchObject({ code, name: 'ArmsgraphError', details: { k: 1 }, cause })
    expect(err.exitCode).toBe(ERRORS[code].exit)
    expect(err.status).toBe(ERRORS[code].status)
    expect(isArmsgraphError(err)).toBe(true)
  })

  it('tells plain errors apart from ArmsgraphError', () => {
    expect(isArmsgraphError(new Error('x'))).toBe(false)
    expect(isArmsgraphError('ERR_USAGE')).toBe(false)
  })
})
