import { assess, type Rules, type Violation } from '../assess/index.js'
import type { Category } from '../contract/extraction.js'
import { isArmsgraphError } from '../errors.js'
import type { Store } from '../store/open-store.js'
import { breachRows, worstBreach, type Assessor } from '../store/recompute-events.js'

/** An event is assessed over its whole window: a window straddling a boundary gives "possible". */
export function eventAssessor(rules: Rules): Assessor {
  return (e): Violation[] => {
    try {
      return assess(
        {
          supplier: e.supplier,
          recipient: e.recipient,
          date: { start: e.window.start, end: e.window.end },
          categories: e.categories as Category[],
        },
        rules,
      )
    } catch (err) {
      // An actor the embargo data does not know (a body, a company) falls under no embargo.
      if (isArmsgraphError(err) && err.code === 'ERR_USAGE') return []
      throw err
    }
  }
}

const RULES_KEY = 'embargo_rules_version'
const PAGE = 1000

/**
 * Recomputes every event's assessment when the embargo rules changed since they were computed
 * (a new data/embargoes.yaml), so stored events never show verdicts from old rules. Returns how
 * many events changed.
 */
export async function ensureAssessed(store: Store, rules: Rules): Promise<number> {
  const assessor = eventAssessor(rules)
  store.assessor = assessor
  const stored = await store.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', RULES_KEY)
    .executeTakeFirst()
  if (stored?.value === rules.version) return 0
  let changed = 0
  await store.db.transaction().execute(async (trx) => {
    let after = ''
    for (;;) {
      const rows = await trx
        .selectFrom('events')
        .select([
          'id',
          'supplier',
          'recipient',
          'window_start',
          'window_end',
          'categories',
          'assessment',
        ])
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .execute()
      const last = rows.at(-1)
      if (!last) break
      after = last.id
      for (const r of rows) {
        const violations = assessor({
          supplier: r.supplier,
          recipient: r.recipient,
          window: { start: r.window_start, end: r.window_end },
          categories: JSON.parse(r.categories) as string[],
        })
        const assessment = JSON.stringify(violations)
        if (assessment === r.assessment) continue
        changed++
        await trx
          .updateTable('events')
          .set({ assessment, worst_breach: worstBreach(violations) })
          .where('id', '=', r.id)
          .execute()
        await trx.deleteFrom('event_breaches').where('event_id', '=', r.id).execute()
        const breaches = breachRows({ id: r.id, assessment })
        if (breaches.length > 0) await trx.insertInto('event_breaches').values(breaches).execute()
      }
    }
    await trx
      .insertInto('meta')
      .values({ key: RULES_KEY, value: rules.version })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: rules.version }))
      .execute()
  })
  return changed
}
