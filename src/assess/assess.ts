import { CATEGORIES, type Category } from '../contract/extraction.js'
import { daysOf } from '../consolidate/day-window.js'
import type { EmbargoInstrumentT, EmbargoProvisionT } from '../data/embargo-schema.js'
import { ArmsgraphError } from '../errors.js'
import type { DayWindow } from '../kb/types.js'
import type { AssessQuery, Rules, Violation, ViolationStatus } from './types.js'

const FOREVER = '9999-12-31'

/** Whole days a date or range covers; a malformed date is a usage error. */
export function dateWindow(date: AssessQuery['date']): DayWindow {
  const [from, to] = typeof date === 'string' ? [date, date] : [date.start, date.end]
  const a = daysOf(from)
  const b = daysOf(to)
  if (
    !a ||
    !b ||
    !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(from) ||
    !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(to)
  ) {
    throw new ArmsgraphError(
      'ERR_USAGE',
      `dates must be YYYY, YYYY-MM or YYYY-MM-DD, not "${from}${from === to ? '' : `..${to}`}"`,
    )
  }
  if (b.end < a.start)
    throw new ArmsgraphError('ERR_USAGE', `the date range ends (${to}) before it starts (${from})`)
  return { start: a.start, end: b.end }
}

type Fit = 'all' | 'part' | 'none'

/** Does the window lie inside [start, end), touch it only in part, or miss it? */
function timeFit(w: DayWindow, start: string, end: string | null): Fit {
  const stop = end ?? FOREVER
  if (w.end < start || w.start >= stop) return 'none'
  return w.start >= start && w.end < stop ? 'all' : 'part'
}

interface Coverage {
  fit: Fit
  /** Why it is only partly covered. */
  why: string | null
}

function actorCovered(p: EmbargoProvisionT, actor: string, rules: Rules): Coverage {
  const t = p.target
  if (t.states.includes(actor))
    return t.partial ? { fit: 'part', why: t.partial } : { fit: 'all', why: null }
  if (t.groups.includes(actor))
    return t.partial ? { fit: 'part', why: t.partial } : { fit: 'all', why: null }
  const base = rules.groupBase[actor]
  if (base && t.armed_groups_in.includes(base)) return { fit: 'all', why: null }
  return { fit: 'none', why: null }
}

function scopeFit(
  p: EmbargoProvisionT,
  categories: readonly Category[],
): { fit: Fit; why: string | null } {
  const known = categories.filter((c) => c !== 'unspecified')
  if (p.categories === 'all') return { fit: 'all', why: null }
  if (known.length === 0) {
    return {
      fit: 'part',
      why: `the items are not specified and the measure covers only ${p.scope}`,
    }
  }
  if (known.some((c) => (p.categories as readonly Category[]).includes(c)))
    return { fit: 'all', why: null }
  const maybe = known.find((c) => p.possible_categories.includes(c))
  if (maybe)
    return {
      fit: 'part',
      why: `whether ${maybe.replace('_', ' ')} fall within its scope is unsettled`,
    }
  return { fit: 'none', why: null }
}

/** EU acts bind EU member states: the EU party must have been a member over the window. */
function euBound(
  inst: EmbargoInstrumentT,
  p: EmbargoProvisionT,
  q: AssessQuery,
  w: DayWindow,
  rules: Rules,
): Coverage {
  if (inst.body !== 'EU') return { fit: 'all', why: null }
  const party = p.direction === 'to' ? q.supplier : q.recipient
  const member = rules.euMembers[party]
  if (!member) return { fit: 'none', why: null }
  const fit = timeFit(w, member.from, member.until)
  return fit === 'part'
    ? { fit, why: `${party} was an EU member for only part of the period` }
    : { fit, why: null }
}

const RANK: Record<Fit, number> = { none: 0, part: 1, all: 2 }

function weakest(...fits: Fit[]): Fit {
  return fits.reduce((a, b) => (RANK[b] < RANK[a] ? b : a), 'all')
}

/** "North Korea", "Hezbollah", "armed groups in Lebanon", joined with "or". */
function targetText(p: EmbargoProvisionT, rules: Rules): string {
  const name = (id: string) => rules.names[id] ?? id
  const parts = [
    ...p.target.states.map(name),
    ...p.target.groups.map(name),
    ...p.target.armed_groups_in.map((c) => `armed groups in ${name(c)}`),
  ]
  return parts.length > 2
    ? `${parts.slice(0, -1).join(', ')} or ${parts.at(-1) ?? ''}`
    : parts.join(' or ')
}

/** Scope text as it sits inside a sentence: "All arms" → "all arms", "MTCR items" unchanged. */
function inSentence(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

function describe(
  p: EmbargoProvisionT,
  w: DayWindow,
  status: ViolationStatus,
  whys: string[],
  rules: Rules,
): string {
  const side = p.direction === 'to' ? 'to' : 'from'
  const period = p.end ? `from ${p.start} until ${p.end}` : `since ${p.start}`
  const when = w.start === w.end ? `on ${w.start}` : `between ${w.start} and ${w.end}`
  const base = `${p.provision} bans ${inSentence(p.scope)} ${side} ${targetText(p, rules)} ${period}`
  if (status === 'breach') return `${base}; the transfer ${when} falls within it`
  return `${base}; possible only, because ${whys.join(' and ')}`
}

interface Candidate {
  violation: Violation
  rank: number
}

/** One instrument's verdict: its best-matching provision (a breach beats a possible one). */
function judgeInstrument(
  inst: EmbargoInstrumentT,
  q: AssessQuery,
  w: DayWindow,
  rules: Rules,
): Violation | null {
  let best: Candidate | null = null
  for (const p of inst.provisions) {
    const actor = actorCovered(p, p.direction === 'to' ? q.recipient : q.supplier, rules)
    if (actor.fit === 'none') continue
    const time = timeFit(w, p.start, p.end)
    if (time === 'none') continue
    const scope = scopeFit(p, q.categories)
    if (scope.fit === 'none') continue
    const eu = euBound(inst, p, q, w, rules)
    if (eu.fit === 'none') continue
    const fit = weakest(actor.fit, time, scope.fit, eu.fit)
    const status: ViolationStatus = fit === 'all' ? 'breach' : 'possible'
    const whys = [
      actor.why,
      time === 'part'
        ? `the dates straddle the measure's ${w.start < p.start ? `start (${p.start})` : `end (${p.end ?? ''})`}`
        : null,
      scope.why,
      eu.why,
    ].filter((x): x is string => x !== null)
    const rank = (status === 'breach' ? 2 : 1) * 10 + (p.disputed ? 0 : 1)
    if (best && best.rank >= rank) continue
    best = {
      rank,
      violation: {
        body: inst.body,
        instrument: inst.id,
        provision: p.provision,
        status,
        disputed: p.disputed !== null,
        // One sentence, as the contract asks: the dispute is a clause of it.
        reason: `${describe(p, w, status, whys, rules)}${p.disputed ? `; in force in UN terms but disputed: ${p.disputed.replace(/\.$/, '')}` : ''}.`,
        source: inst.source[0] ?? '',
      },
    }
  }
  return best?.violation ?? null
}

function checkQuery(q: AssessQuery, rules: Rules): void {
  for (const [role, id] of [
    ['supplier', q.supplier],
    ['recipient', q.recipient],
  ] as const) {
    if (!rules.actors.has(id)) {
      throw new ArmsgraphError(
        'ERR_USAGE',
        `unknown ${role} "${id}": use an ISO 3166-1 alpha-2 code (KP, RU) or a group id (houthis, hezbollah)`,
      )
    }
  }
  const bad = q.categories.find((c) => !(CATEGORIES as readonly string[]).includes(c))
  if (bad !== undefined) {
    throw new ArmsgraphError(
      'ERR_USAGE',
      `unknown category "${bad}" (use ${CATEGORIES.join(', ')})`,
    )
  }
}

/**
 * The binding UN and EU arms-embargo instruments a transfer breaches, each with the provision,
 * a one-sentence reason and a source. "possible" when the dates straddle a start or end, the
 * items may be outside the scope, or only part of the target is covered. Non-binding measures
 * are never reported. UN instruments first, then EU, each in id order.
 */
export function assess(q: AssessQuery, rules: Rules): Violation[] {
  checkQuery(q, rules)
  const w = dateWindow(q.date)
  const out: Violation[] = []
  for (const inst of rules.instruments) {
    if (!inst.binding) continue
    const v = judgeInstrument(inst, q, w, rules)
    if (v) out.push(v)
  }
  return out.sort((a, b) =>
    a.body !== b.body ? (a.body === 'UN' ? -1 : 1) : a.instrument.localeCompare(b.instrument),
  )
}
