import type { Command } from 'commander'
import { writeBackup, type BackupSummary } from '../../store/backup.js'
import { openStore } from '../../store/open-store.js'
import { choice } from '../flags.js'
import { DB_OPTION } from '../with-store.js'
import { tableCounts } from './restore.js'

interface BackupFlags {
  db?: string
  force?: boolean
  format?: string
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1 << 20) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / (1 << 20)).toFixed(1)} MiB`
}

function summaryText(s: BackupSummary): string {
  return `backed up ${tableCounts(s.rows)} to ${s.file} (${size(s.bytes)}) — ${s.seconds.toFixed(1)} s\n`
}

/** `armsgraph backup FILE` */
export function register(program: Command): void {
  program
    .command('backup')
    .description(
      'write the whole store to FILE (gzip, JSON Lines) from one consistent snapshot; restorable into SQLite or PostgreSQL',
    )
    .argument('<file>', 'the backup to write (written to FILE.tmp, then renamed)')
    .option('--force', 'replace FILE if it exists')
    .option('-f, --format <format>', 'text | json summary (default: text on a terminal, else json)')
    .option(...DB_OPTION)
    .action(async (file: string, flags: BackupFlags) => {
      const format = choice(
        '--format',
        flags.format,
        ['text', 'json'] as const,
        process.stdout.isTTY ? 'text' : 'json',
      )
      // Not withStore: a backup only reads, so it must not re-assess events on the way.
      const store = await openStore(flags.db)
      try {
        const summary = await writeBackup(store, file, { force: flags.force === true })
        process.stdout.write(
          format === 'json' ? `${JSON.stringify(summary)}\n` : summaryText(summary),
        )
      } finally {
        await store.close()
      }
    })
}
