import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { loadData } from '../../data/index.js'
import { ArmsgraphError } from '../../errors.js'
import { evaluate, formatReport, loadGoldDir, type ReportFormat } from '../../eval/index.js'
import { extract } from '../../extract/index.js'

interface EvalCommandOptions {
  format: string
  verbose?: boolean
  data?: string
}

const FORMATS: readonly ReportFormat[] = ['text', 'json']

/** `armsgraph eval <dir>`: score the extractor against annotated gold folders. */
export function register(program: Command): void {
  program
    .command('eval')
    .description('score the extractor against gold folders (doc.txt + gold.json)')
    .argument('<dir>', 'one gold folder, or a folder whose subfolders are gold folders')
    .option('--format <format>', 'text or json', 'text')
    .option('--verbose', 'list false-positive and missed pairs for every document')
    .option('--data <dir>', 'reference data folder (default: the data/ shipped with armsgraph)')
    .action((dir: string, opts: EvalCommandOptions) => {
      process.stdout.write(runEval(dir, opts))
    })
}

/** Everything the command does except printing; returns the rendered report. */
export function runEval(dir: string, opts: EvalCommandOptions): string {
  const format = parseFormat(opts.format)
  // Gold first: a bad gold.json should fail fast, before the reference data is indexed.
  const cases = loadGoldDir(dir)
  const data = loadData(opts.data)
  const report = evaluate(cases, (c) =>
    extract({ content: readDoc(c.docPath), published: c.gold.published }, data),
  )
  return formatReport(report, { format, isVerbose: opts.verbose === true })
}

function parseFormat(value: string): ReportFormat {
  const format = FORMATS.find((f) => f === value)
  if (!format) {
    throw new ArmsgraphError('ERR_USAGE', `--format must be text or json, not "${value}"`)
  }
  return format
}

function readDoc(path: string): string {
  // A byte-order mark is not part of the text and would shift every evidence offset.
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
}
