import type { Command } from 'commander'
import { assess, loadRules, type Violation } from '../../assess/index.js'
import type { Category } from '../../contract/extraction.js'
import { ArmsgraphError } from '../../errors.js'
import { actorId, choice } from '../flags.js'

interface AssessFlags {
  supplier?: string
  recipient?: string
  date?: string
  until?: string
  category?: string[]
  format?: string
}

function violationText(v: Violation): string {
  const flags = `${v.status.toUpperCase()}${v.disputed ? ' (disputed)' : ''}`
  return `${v.body} ${v.instrument} — ${flags}\n  ${v.provision}\n  ${v.reason}\n  ${v.source}\n`
}

function required(flag: string, value: string | undefined): string {
  if (!value?.trim()) throw new ArmsgraphError('ERR_USAGE', `${flag} is required`)
  return value.trim()
}

/** `armsgraph assess --supplier KP --recipient RU --date 2023-10-12 --category ammunition` */
export function register(program: Command): void {
  program
    .command('assess')
    .description('which binding UN and EU arms embargoes a (hypothetical) transfer breaches')
    .option('--supplier <id>', 'supplier actor id (KP, IR, hezbollah…)')
    .option('--recipient <id>', 'recipient actor id')
    .option(
      '--date <date>',
      'YYYY, YYYY-MM or YYYY-MM-DD (a month or year that straddles a boundary gives "possible")',
    )
    .option('--until <date>', 'end of a date range starting at --date')
    .option(
      '--category <category>',
      'category of the items; repeat for several',
      (value: string, previous: string[] = []) => [
        ...previous,
        ...value.split(',').map((c) => c.trim()),
      ],
    )
    .option('-f, --format <format>', 'text | json', 'text')
    .action((flags: AssessFlags) => {
      const format = choice('--format', flags.format, ['text', 'json'] as const, 'text')
      const date = required('--date', flags.date)
      const result = assess(
        {
          supplier: actorId(required('--supplier', flags.supplier)) ?? '',
          recipient: actorId(required('--recipient', flags.recipient)) ?? '',
          date: flags.until ? { start: date, end: flags.until.trim() } : date,
          categories: (flags.category ?? []).filter(Boolean) as Category[],
        },
        loadRules(),
      )
      if (format === 'json')
        process.stdout.write(`${JSON.stringify({ violations: result }, null, 2)}\n`)
      else if (result.length === 0)
        process.stdout.write('no binding UN or EU arms embargo is breached\n')
      else process.stdout.write(result.map(violationText).join('\n'))
    })
}
