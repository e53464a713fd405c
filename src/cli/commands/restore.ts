import type { Command } from 'commander'
import type { TableCounts } from '../../store/backup-format.js'
import { locateStore } from '../../store/locate-store.js'
import { openStore } from '../../store/open-store.js'
import { readBackupHeader, restoreBackup, type RestoreSummary } from '../../store/restore.js'
import { cliActor } from '../cli-actor.js'
import { choice } from '../flags.js'
import { DB_OPTION } from '../with-store.js'

interface RestoreFlags {
  db?: string
  force?: boolean
  format?: string
}

/** "6 documents, 9 transfers, …": the tables that hold rows. */
export function tableCounts(rows: TableCounts): string {
  const held = Object.entries(rows).filter(([, n]) => n > 0)
  return held.length > 0 ? held.map(([t, n]) => `${n} ${t}`).join(', ') : 'an empty store'
}

function summaryText(s: RestoreSummary): string {
  return `restored ${tableCounts(s.rows)} from ${s.file} (armsgraph ${s.armsgraph}, ${s.created_at}) — ${s.seconds.toFixed(1)} s\n`
}

/** `armsgraph restore FILE` */
export function register(program: Command): void {
  program
    .command('restore')
    .description(
      'load a backup written by `armsgraph backup` (from SQLite or PostgreSQL) into an empty store, in one transaction',
    )
    .argument('<file>', 'the backup to restore')
    .option('--force', "replace the store's contents (inside the same transaction)")
    .option('-f, --format <format>', 'text | json summary (default: text on a terminal, else json)')
    .option(...DB_OPTION)
    .action(async (file: string, flags: RestoreFlags) => {
      const format = choice(
        '--format',
        flags.format,
        ['text', 'json'] as const,
        process.stdout.isTTY ? 'text' : 'json',
      )
      // A foreign, damaged-at-the-top or newer file is refused before a store is even created.
      await readBackupHeader(file, locateStore(flags.db).dialect)
      const store = await openStore(flags.db)
      try {
        const summary = await restoreBackup(store, file, {
          force: flags.force === true,
          actor: cliActor(),
        })
        process.stdout.write(
          format === 'json' ? `${JSON.stringify(summary)}\n` : summaryText(summary),
        )
      } finally {
        await store.close()
      }
    })
}
