import type { Command } from 'commander'
import { ArmsgraphError } from '../../errors.js'
import { formatTable } from '../../export/index.js'
import { recordAudit } from '../../store/audit.js'
import { createToken, listTokens, revokeToken, ROLES } from '../../store/tokens.js'
import { cliActor } from '../cli-actor.js'
import { choice, tableWidth } from '../flags.js'
import { DB_OPTION, withStore } from '../with-store.js'

/** `armsgraph token create|list|revoke`: API tokens for `armsgraph serve`. */
export function register(program: Command): void {
  const token = program
    .command('token')
    .description(
      'API tokens for armsgraph serve: viewers read, analysts ingest and review, admins manage tokens',
    )

  token
    .command('create')
    .description('create a token; it is printed once, alone on the last line, and never stored')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--name <name>', 'who or what holds it (shown in the audit log)')
    .option(...DB_OPTION)
    .action(async (flags: { role: string; name?: string; db?: string }) => {
      const role = choice('--role', flags.role, ROLES, 'viewer')
      const name = (flags.name ?? role).trim()
      if (name === '' || name.length > 100) {
        throw new ArmsgraphError('ERR_USAGE', '--name must be 1 to 100 characters')
      }
      await withStore(flags.db, async (store) => {
        const now = new Date().toISOString()
        const created = await createToken(store.db, { name, role, now })
        await recordAudit(store.db, {
          at: now,
          actor: cliActor(),
          action: 'token.create',
          target: created.info.id,
          detail: { name, role },
        })
        process.stderr.write(
          `created ${created.info.id} (${role}, "${name}"); keep the token below, it is not shown again:\n`,
        )
        process.stdout.write(`${created.token}\n`)
      })
    })

  token
    .command('list')
    .description('tokens with their role, creation, last use and revocation (never the secret)')
    .option('-f, --format <format>', 'table | json', 'table')
    .option(...DB_OPTION)
    .action(async (flags: { format?: string; db?: string }) => {
      const format = choice('--format', flags.format, ['table', 'json'] as const, 'table')
      await withStore(flags.db, async (store) => {
        const tokens = await listTokens(store.db)
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify(tokens, null, 2)}\n`)
          return
        }
        if (tokens.length === 0) {
          process.stdout.write('no tokens (armsgraph token create --role admin)\n')
          return
        }
        const columns = ['id', 'name', 'role', 'created', 'last used', 'revoked'].map((header) => ({
          header,
        }))
        const rows = tokens.map((t) => [
          t.id,
          t.name,
          t.role,
          t.created_at.slice(0, 19),
          t.last_used_at?.slice(0, 19) ?? '',
          t.revoked_at?.slice(0, 19) ?? '',
        ])
        process.stdout.write(`${formatTable(columns, rows, tableWidth())}\n`)
      })
    })

  token
    .command('revoke')
    .description('revoke a token at once (its holder gets 401 from the next request)')
    .argument('<id>', 'token id (tok_…), see armsgraph token list')
    .option(...DB_OPTION)
    .action(async (id: string, flags: { db?: string }) => {
      await withStore(flags.db, async (store) => {
        const now = new Date().toISOString()
        const info = await revokeToken(store.db, id.trim(), now)
        await recordAudit(store.db, {
          at: now,
          actor: cliActor(),
          action: 'token.revoke',
          target: info.id,
          detail: { name: info.name },
        })
        process.stdout.write(`${info.id}: revoked\n`)
      })
    })
}
