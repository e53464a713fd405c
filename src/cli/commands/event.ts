import type { Command } from 'commander'
import { loadData } from '../../data/index.js'
import { ArmsgraphError } from '../../errors.js'
import { actorLookup } from '../../kb/actor-lookup.js'
import { getEvent } from '../../store/query-events.js'
import { choice } from '../flags.js'
import { formatEventText } from '../output/text-event.js'
import { DB_OPTION, withStore } from '../with-store.js'

interface EventFlags {
  db?: string
  format?: string
}

/** `armsgraph event ID` */
export function register(program: Command): void {
  program
    .command('event')
    .description(
      'one event in full: every supporting document, its evidence, and the claims by side',
    )
    .argument('<id>', 'event id as `armsgraph events` prints it')
    .option('-f, --format <format>', 'text | json', 'text')
    .option(...DB_OPTION)
    .action(async (id: string, flags: EventFlags) => {
      const format = choice('--format', flags.format, ['text', 'json'] as const, 'text')
      await withStore(flags.db, async (store) => {
        const event = await getEvent(store.db, id.trim(), actorLookup(loadData()))
        if (!event)
          throw new ArmsgraphError('ERR_NOT_FOUND', `no event ${id} (see armsgraph events)`)
        process.stdout.write(
          format === 'json' ? `${JSON.stringify(event, null, 2)}\n` : formatEventText(event),
        )
      })
    })
}
