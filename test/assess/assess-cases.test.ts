import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'
import { CategorySchema, type Category } from '../../src/contract/extraction.js'
import { ArmsgraphError } from '../../src/errors.js'
import { assess, loadRules } from '../../src/assess/index.js'
import type { AssessQuery, Rules } from '../../src/assess/types.js'

// cases.yaml is an oracle written from the embargo reference, not from the engine: a failure
// here means the engine or data/embargoes.yaml disagrees with the law as the reference states it.

/** YYYY, YYYY-MM or YYYY-MM-DD, as a real calendar date (YAML may hand a bare year over as a number). */
const PartialDate = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .pipe(
    z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .refine(isCalendarDate, 'not a calendar date'),
  )

const CaseDate = z.union([
  PartialDate,
  z
    .object({ start: PartialDate, end: PartialDate })
    .strict()
    .refine((r) => firstDay(r.start) <= firstDay(r.end), 'range ends before it starts'),
])

const Expected = z
  .object({
    instrument: z.string().min(1),
    status: z.enum(['breach', 'possible']),
    disputed: z.boolean(),
  })
  .strict()

const ActorId = z.string().regex(/^(?:[A-Z]{2}|[a-z0-9-]+)$/, 'ISO alpha-2 state or group slug')

const Case = z
  .object({
    name: z.string().min(1),
    supplier: ActorId,
    recipient: ActorId,
    date: CaseDate,
    categories: z.array(CategorySchema),
    expect: z.array(Expected),
    why: z.string().min(1),
  })
  .strict()

/** What every reported violation must carry (issue [3], `assess --format json`). */
const ReportedViolation = z.object({
  body: z.enum(['UN', 'EU']),
  instrument: z.string().min(1),
  provision: z.string().trim().min(1),
  status: z.enum(['breach', 'possible']),
  disputed: z.boolean(),
  reason: z.string().trim().min(1),
  source: z.string().min(1),
})

type Expectation = z.infer<typeof Expected>

function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date
}

function isCalendarDate(date: string): boolean {
  const day = firstDay(date)
  const parsed = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day)
}

function loadCases(): z.infer<typeof Case>[] {
  const text = readFileSync(new URL('./cases.yaml', import.meta.url), 'utf8')
  return z.array(Case).min(60).parse(parse(text))
}

function byInstrument(a: Expectation, b: Expectation): number {
  return a.instrument.localeCompare(b.instrument) || a.status.localeCompare(b.status)
}

function bodyOf(instrument: string): 'UN' | 'EU' | null {
  if (instrument.startsWith('UNSCR ')) return 'UN'
  if (instrument.startsWith('EU ')) return 'EU'
  return null
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** A second sentence starts after a word of two lowercase letters, a stop and a capital ("…Iran. The"). */
const SECOND_SENTENCE = /[a-z]{2}[.!?] [A-Z]/

function caught(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected an ArmsgraphError, nothing was thrown')
}

const CASES = loadCases()

let rules: Rules
beforeAll(() => {
  rules = loadRules()
})

describe('embargo cases (test/assess/cases.yaml)', () => {
  it('names every case once', () => {
    const names = CASES.map((c) => c.name)
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
  })

  it('expects only instruments that data/embargoes.yaml defines', () => {
    const defined = new Set(rules.instruments.map((i) => i.id))
    const expected = new Set(CASES.flatMap((c) => c.expect.map((e) => e.instrument)))
    expect([...expected].filter((id) => !defined.has(id))).toEqual([])
  })

  it.each(CASES)('$name', (c) => {
    const query: AssessQuery = {
      supplier: c.supplier,
      recipient: c.recipient,
      date: c.date,
      categories: c.categories,
    }
    const violations = z.array(ReportedViolation).parse(assess(query, rules))
    const got = violations
      .map(({ instrument, status, disputed }) => ({ instrument, status, disputed }))
      .sort(byInstrument)
    expect(got, c.why).toEqual([...c.expect].sort(byInstrument))

    for (const v of violations) {
      expect(v.body, v.instrument).toBe(bodyOf(v.instrument))
      expect(isWebUrl(v.source), `${v.instrument} source ${v.source}`).toBe(true)
      expect(v.reason, `${v.instrument} reason is one line`).not.toMatch(/[\r\n]/)
      expect(v.reason, `${v.instrument} reason is one sentence`).not.toMatch(SECOND_SENTENCE)
    }
  })
})

describe('assess refuses what it cannot know', () => {
  const valid: AssessQuery = {
    supplier: 'RU',
    recipient: 'KP',
    date: '2024-01-01',
    categories: ['armour'],
  }

  it.each([
    ['an unknown supplier id', { ...valid, supplier: 'QQ' }, 'QQ'],
    ['an unknown recipient group slug', { ...valid, recipient: 'no-such-group' }, 'no-such-group'],
    [
      'an unknown category',
      { ...valid, categories: ['lasers'] as unknown as Category[] },
      'lasers',
    ],
  ])('%s: ERR_USAGE with a one-line message naming it', (_what, query, culprit) => {
    const error = caught(() => assess(query, rules))
    expect(error).toBeInstanceOf(ArmsgraphError)
    const { code, message } = error as ArmsgraphError
    expect(code).toBe('ERR_USAGE')
    expect(message).not.toMatch(/[\r\n]/)
    expect(message).toContain(culprit)
  })
})
