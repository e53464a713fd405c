import type { Command } from 'commander'
import { formatTable } from '../../export/index.js'
import { listAudit } from '../../store/audit.js'
import { choice, positiveInt, tableWidth } from '../flags.js'
import { DB_OPTION, withStore } from '../with-store.js'

/** `armsgraph audit`: who ingested, reviewed, restored and managed tokens, newest first. */
export function register(program: Command): void {
  program
    .command('audit')
    .description(
      'the audit log: every ingest over HTTP, review, restore and token change, newest first',
    )
    .option('--limit <n>', 'how many entries', '50')
    .option('--action <action>', 'only ingest | review | restore | token.create | token.revoke')
    .option('--actor <actor>', 'only this actor (token:<id>:<name>, cli:<user>)')
    .option('-f, --format <format>', 'table | jsonl', 'table')
    .option(...DB_OPTION)
    .action(
      async (flags: {
        limit?: string
        action?: string
        actor?: string
        format?: string
        db?: string
      }) => {
        const format = choice('--format', flags.format, ['table', 'jsonl'] as const, 'table')
        await withStore(flags.db, async (store) => {
          const entries = await listAudit(store.db, {
            limit: positiveInt('--limit', flags.limit, 50),
            ...(flags.action ? { action: flags.action } : {}),
            ...(flags.actor ? { actor: flags.actor } : {}),
          })
          if (format === 'jsonl') {
            for (const e of entries) process.stdout.write(`${JSON.stringify(e)}\n`)
            return
          }
          if (entries.length === 0) {
            process.stdout.write('the audit log is empty\n')
            return
          }
          const columns = ['at', 'actor', 'action', 'target', 'detail'].map((header) => ({
            header,
          }))
          const rows = entries.map((e) => [
            e.at.slice(0, 19),
            e.actor,
            e.action,
            e.target ?? '',
            JSON.stringify(e.detail),
          ])
          process.stdout.write(`${formatTable(columns, rows, tableWidth())}\n`)
        })
      },
    )
}
