import type { Command } from 'commander'
import { CATEGORIES, CERTAINTIES, PHASES, type Category } from '../../contract/extraction.js'
import { ArmsgraphError } from '../../errors.js'
import { reviewEvent } from '../../kb/review-event.js'
import type { ReviewStatus } from '../../kb/types.js'
import type { ReviewEdits } from '../../store/reviews.js'
import { cliActor } from '../cli-actor.js'
import { optionalChoice } from '../flags.js'
import { DB_OPTION, withStore } from '../with-store.js'

interface ReviewFlags {
  db?: string
  accept?: boolean
  reject?: boolean
  phase?: string
  certainty?: string
  categories?: string
  note?: string
  reviewer?: string
}

function editsOf(flags: ReviewFlags): ReviewEdits {
  const edits: ReviewEdits = {}
  const phase = optionalChoice('--phase', flags.phase, PHASES)
  if (phase) edits.phase = phase
  const certainty = optionalChoice('--certainty', flags.certainty, CERTAINTIES)
  if (certainty) edits.certainty = certainty
  if (flags.categories !== undefined) {
    const list = flags.categories
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean)
    const bad = list.find((c) => !(CATEGORIES as readonly string[]).includes(c))
    if (bad || list.length === 0)
      throw new ArmsgraphError(
        'ERR_USAGE',
        `--categories takes a comma list of ${CATEGORIES.join(', ')}`,
      )
    edits.categories = list as Category[]
  }
  return edits
}

function statusOf(flags: ReviewFlags, edits: ReviewEdits): ReviewStatus {
  if (flags.accept && flags.reject)
    throw new ArmsgraphError('ERR_USAGE', 'choose --accept or --reject, not both')
  if (flags.reject) return 'rejected'
  if (Object.keys(edits).length > 0) return 'edited'
  if (flags.accept) return 'accepted'
  throw new ArmsgraphError(
    'ERR_USAGE',
    'say --accept, --reject, or what to edit (--phase, --certainty, --categories)',
  )
}

/** `armsgraph review ID --accept|--reject|--phase …` */
export function register(program: Command): void {
  program
    .command('review')
    .description("record an analyst's accept, reject or edit of an event (kept in an audit log)")
    .argument('<id>', 'event id')
    .option('--accept', 'the event is right')
    .option('--reject', 'the event is wrong: hidden from listings unless --include-rejected')
    .option('--phase <phase>', `set the phase: ${PHASES.join(' | ')}`)
    .option('--certainty <certainty>', `set the certainty: ${CERTAINTIES.join(' | ')}`)
    .option('--categories <list>', 'set the categories (comma-separated)')
    .option('--note <text>', 'why')
    .option('--reviewer <name>', 'who reviews')
    .option(...DB_OPTION)
    .action(async (id: string, flags: ReviewFlags) => {
      const edits = editsOf(flags)
      const status = statusOf(flags, edits)
      await withStore(flags.db, async (store) => {
        await reviewEvent(store, id.trim(), {
          status,
          edits,
          note: flags.note ?? null,
          reviewer: flags.reviewer ?? null,
          actor: cliActor(),
        })
        process.stdout.write(`${id}: ${status}\n`)
      })
    })
}
