import { describe, expect, it } from 'vitest'
import { hasDist, runCli } from '../helpers/cli-binary.js'

interface Out {
  violations: Array<{
    body: string
    instrument: string
    provision: string
    status: string
    disputed: boolean
    reason: string
    source: string
  }>
}

const assessJson = (...args: string[]) => {
  const r = runCli(['assess', ...args, '--format', 'json'])
  expect(r.status, r.stderr).toBe(0)
  return JSON.parse(r.stdout) as Out
}

describe.skipIf(!hasDist)('armsgraph assess', () => {
  it('prints the breached instrument with provision, reason and source', () => {
    const out = assessJson(
      '--supplier',
      'KP',
      '--recipient',
      'RU',
      '--date',
      '2023-10-12',
      '--category',
      'ammunition',
    )
    expect(out.violations.map((v) => [v.body, v.instrument, v.status, v.disputed])).toEqual([
      ['UN', 'UNSCR 1718', 'breach', false],
    ])
    const [v] = out.violations
    expect(v?.provision).not.toBe('')
    expect(v?.reason).toMatch(/^[^\n]+\.$/)
    expect(v?.source).toMatch(/^https?:\/\//)
  })

  it('gives an empty list and exit 0 when nothing is breached', () => {
    expect(
      assessJson(
        '--supplier',
        'US',
        '--recipient',
        'UA',
        '--date',
        '2023-05',
        '--category',
        'missiles',
      ),
    ).toEqual({ violations: [] })
    const text = runCli(['assess', '--supplier', 'US', '--recipient', 'UA', '--date', '2023-05'])
    expect(text.status).toBe(0)
    expect(text.stdout).toBe('no binding UN or EU arms embargo is breached\n')
  })

  it('marks a straddling month as possible and the snapback as disputed', () => {
    const straddle = assessJson(
      '--supplier',
      'RU',
      '--recipient',
      'IR',
      '--date',
      '2020-10',
      '--category',
      'aircraft',
    )
    expect(straddle.violations.find((v) => v.instrument === 'UNSCR 2231 Annex B')?.status).toBe(
      'possible',
    )
    const snap = assessJson(
      '--supplier',
      'IR',
      '--recipient',
      'RU',
      '--date',
      '2025-10-15',
      '--category',
      'drones',
    )
    expect(snap.violations.find((v) => v.instrument === 'UNSCR 1747')).toMatchObject({
      status: 'breach',
      disputed: true,
    })
  })

  it('refuses unknown actors and categories with one line and exit 2', () => {
    for (const args of [
      ['--supplier', 'QQ', '--recipient', 'RU', '--date', '2023'],
      ['--supplier', 'KP', '--recipient', 'RU', '--date', '2023', '--category', 'lasers'],
      ['--supplier', 'KP', '--recipient', 'RU', '--date', 'yesterday'],
      ['--supplier', 'KP', '--recipient', 'RU'],
    ]) {
      const r = runCli(['assess', ...args])
      expect(r.status, args.join(' ')).toBe(2)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr.trim()).toMatch(/^armsgraph: .*\[ERR_USAGE\]$/)
    }
  })
})
