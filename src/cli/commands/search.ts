import type { Command } from 'commander'
import { ArmsgraphError } from '../../errors.js'
import { searchDocuments, type SearchHit } from '../../store/search-documents.js'
import { choice, positiveInt } from '../flags.js'
import { DB_OPTION, withStore } from '../with-store.js'

/** The snippet with its matches in bold on a terminal, between ** otherwise. */
function highlighted(hit: SearchHit, tty: boolean): string {
  const [open, close] = tty ? ['\u001b[1m', '\u001b[22m'] : ['**', '**']
  let out = ''
  let at = 0
  for (const [s, e] of hit.highlights) {
    out += `${hit.snippet.slice(at, s)}${open}${hit.snippet.slice(s, e)}${close}`
    at = e
  }
  return out + hit.snippet.slice(at)
}

function hitText(hit: SearchHit, tty: boolean): string {
  const d = hit.document
  return [
    `${d.published ?? 'undated'} · ${d.publisher ?? 'unknown publisher'} · ${d.language} · ${d.id.slice(0, 12)}`,
    `  ${d.title ?? '(no title)'}`,
    `  ${highlighted(hit, tty)}`,
    '',
  ].join('\n')
}

/** `armsgraph search "text query"` */
export function register(program: Command): void {
  program
    .command('search')
    .description('full-text search of stored documents, with highlighted snippets')
    .argument('<query...>', 'words ("quoted phrases", OR, prefix*); accents are ignored on SQLite')
    .option('--limit <n>', 'how many documents', '20')
    .option(
      '--sort <order>',
      'recent (newest stored first, fast on any store) | relevance (rank every match)',
      'recent',
    )
    .option('-f, --format <format>', 'text | json | jsonl', 'text')
    .option(...DB_OPTION)
    .action(
      async (
        words: string[],
        flags: { db?: string; format?: string; limit?: string; sort?: string },
      ) => {
        const order = choice('--sort', flags.sort, ['recent', 'relevance'] as const, 'recent')
        const format = choice('--format', flags.format, ['text', 'json', 'jsonl'] as const, 'text')
        const limit = positiveInt('--limit', flags.limit, 20)
        const query = words.join(' ').trim()
        if (query === '') throw new ArmsgraphError('ERR_USAGE', 'give some words to search for')
        if (query.length > 1000)
          throw new ArmsgraphError('ERR_USAGE', 'the query is longer than 1,000 characters')
        await withStore(flags.db, async (store) => {
          const hits = await searchDocuments(store.db, store.dialect, query, limit, order)
          if (format === 'json') process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`)
          else if (format === 'jsonl')
            process.stdout.write(hits.map((h) => `${JSON.stringify(h)}\n`).join(''))
          else if (hits.length === 0) process.stdout.write('no documents match\n')
          else
            process.stdout.write(
              hits.map((h) => hitText(h, process.stdout.isTTY === true)).join('\n'),
            )
        })
      },
    )
}
