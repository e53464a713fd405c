#!/usr/bin/env node
import { Command, CommanderError } from 'commander'
import { ArmsgraphError, isArmsgraphError } from '../errors.js'
import { register as registerEval } from './commands/eval.js'
import { register as registerExtract } from './commands/extract.js'
import { register as registerActors } from './commands/actors.js'
import { register as registerAssess } from './commands/assess.js'
import { register as registerBackup } from './commands/backup.js'
import { register as registerEvent } from './commands/event.js'
import { register as registerEvents } from './commands/events.js'
import { register as registerExport } from './commands/export.js'
import { register as registerIngest } from './commands/ingest.js'
import { register as registerReextract } from './commands/reextract.js'
import { register as registerRestore } from './commands/restore.js'
import { register as registerReview } from './commands/review.js'
import { register as registerSearch } from './commands/search.js'
import { register as registerServe } from './commands/serve.js'
import { register as registerStats } from './commands/stats.js'
import { register as registerWorker } from './commands/worker.js'
import { register as registerToken } from './commands/token.js'
import { register as registerAudit } from './commands/audit.js'
import { VERSION } from '../version.js'

function fail(err: unknown, debug: boolean): never {
  const e = isArmsgraphError(err)
    ? err
    : new ArmsgraphError(
        'ERR_INTERNAL',
        err instanceof Error ? err.message : String(err),
        undefined,
        { cause: err },
      )
  process.stderr.write(`armsgraph: ${e.message} [${e.code}]\n`)
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`)
  process.exit(e.exitCode)
}

// `armsgraph extract x | head` closes stdout early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
})

async function main(argv: string[]): Promise<void> {
  const program = new Command()
  program
    .name('armsgraph')
    .description('News and official statements to an explainable knowledge base of arms transfers')
    .version(VERSION)
    .option('--debug', 'print stack traces on errors')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined })
  registerExtract(program)
  registerEval(program)
  registerAssess(program)
  registerIngest(program)
  registerReextract(program)
  registerWorker(program)
  registerEvents(program)
  registerEvent(program)
  registerActors(program)
  registerSearch(program)
  registerStats(program)
  registerExport(program)
  registerReview(program)
  registerServe(program)
  registerToken(program)
  registerAudit(program)
  registerBackup(program)
  registerRestore(program)
  try {
    await program.parseAsync(argv)
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return
      const msg = err.message.replace(/^error:\s*/, '')
      fail(new ArmsgraphError('ERR_USAGE', `${msg} (see armsgraph --help)`), false)
    }
    fail(err, argv.includes('--debug'))
  }
}

void main(process.argv)
