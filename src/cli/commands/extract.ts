import type { Command } from 'commander'
import { isPartialDate } from '../../contract/partial-date.js'
import { loadData } from '../../data/index.js'
import { ArmsgraphError, isArmsgraphError } from '../../errors.js'
import { extract } from '../../extract/index.js'
import { parseAllowHosts } from '../../ingest/allow-hosts.js'
import { formatExtractionText } from '../output/text-extraction.js'
import { readDocument } from '../read-document.js'

interface ExtractFlags {
  format?: string
  published?: string
  explain?: boolean
  data?: string
  html?: boolean
  maxBytes?: string
  allowHost?: string[]
}

/** Commander's collect pattern: a repeatable option gathers its values in order. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

const FORMATS = ['json', 'jsonl', 'text']

function checkFlags(flags: ExtractFlags, count: number): { format: string; maxBytes?: number } {
  const format = flags.format ?? (process.stdout.isTTY ? 'text' : count > 1 ? 'jsonl' : 'json')
  if (!FORMATS.includes(format))
    throw new ArmsgraphError('ERR_USAGE', `unknown format "${format}" (use ${FORMATS.join(', ')})`)
  if (flags.published !== undefined && !isPartialDate(flags.published))
    throw new ArmsgraphError(
      'ERR_USAGE',
      `--published must be YYYY-MM-DD, YYYY-MM or YYYY, not "${flags.published}"`,
    )
  if (flags.maxBytes === undefined) return { format }
  const maxBytes = Number(flags.maxBytes)
  if (!Number.isInteger(maxBytes) || maxBytes <= 0)
    throw new ArmsgraphError('ERR_USAGE', `--max-bytes must be a positive integer`)
  return { format, maxBytes }
}

async function run(sources: string[], flags: ExtractFlags): Promise<void> {
  const { format, maxBytes } = checkFlags(flags, sources.length)
  parseAllowHosts(flags.allowHost ?? [])
  const data = loadData(flags.data)
  let firstError: ArmsgraphError | null = null
  for (const source of sources) {
    try {
      const input = await readDocument(source, {
        maxBytes,
        isHtml: flags.html,
        published: flags.published ?? null,
        allowHosts: flags.allowHost ?? [],
      })
      const out = extract(input, data, {
        published: flags.published ?? null,
        explain: flags.explain === true,
      })
      if (format === 'text')
        process.stdout.write(formatExtractionText(out, sources.length > 1 ? source : undefined))
      else if (format === 'jsonl')
        process.stdout.write(`${JSON.stringify({ path: source, ...out })}\n`)
      else process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
    } catch (err) {
      if (!isArmsgraphError(err) || sources.length === 1) throw err
      // With several inputs, one bad file is reported and the others still run.
      process.stderr.write(`armsgraph: ${err.message} [${err.code}]\n`)
      firstError ??= err
    }
  }
  if (firstError) process.exitCode = firstError.exitCode
}

/** `armsgraph extract FILE|URL|- ...` */
export function register(program: Command): void {
  program
    .command('extract')
    .description('extract arms transfers from files, URLs or - (stdin)')
    .argument('<sources...>', 'files, http(s) URLs, or - for standard input')
    .option('-f, --format <format>', 'json | jsonl | text (default: text on a terminal, else json)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) to resolve relative dates against')
    .option('--explain', 'show which rule fired on which tokens')
    .option('--html', 'treat the input as HTML even without markup at its start')
    .option('--data <dir>', 'reference data folder (default: the packaged data/)')
    .option('--max-bytes <n>', 'refuse inputs larger than this (default 64 MiB)')
    .option(
      '--allow-host <host|cidr>',
      'let URLs reach this intranet host (name, *.domain or range such as 10.20.0.0/16) although it is private; repeatable',
      collect,
    )
    .action(async (sources: string[], flags: ExtractFlags) => run(sources, flags))
}
