import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { sourceKind } from './source-kind.js'
import { walkFolder } from './walk-folder.js'

/** Non-blank lines of a JSON Lines file, counted in one streaming pass. */
async function countLines(path: string): Promise<number> {
  let lines = 0
  let blank = true
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 0x0a) {
        if (!blank) lines++
        blank = true
      } else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) blank = false
    }
  }
  return blank ? lines : lines + 1
}

async function countFile(path: string): Promise<number> {
  const kind = sourceKind(path)
  if (kind === 'jsonl') return countLines(path)
  // A local feed's item count would need parsing it: its progress shows no total.
  return kind === 'feed' ? Number.NaN : 1
}

/**
 * How many documents local sources hold, for a progress bar's total and ETA; null when a URL or
 * a feed makes the total unknowable in advance. Cheap: a folder walk and newline counting.
 */
export async function countDocuments(sources: readonly string[]): Promise<number | null> {
  let total = 0
  for (const source of sources) {
    if (/^https?:\/\//i.test(source) || source === '-') return null
    let isDirectory: boolean
    try {
      isDirectory = (await stat(source)).isDirectory()
    } catch {
      total += 1 // it will be one failure entry
      continue
    }
    if (isDirectory) {
      for await (const entry of walkFolder(source))
        total += entry.error ? 1 : await countFile(entry.path)
    } else total += await countFile(source)
    if (Number.isNaN(total)) return null
  }
  return total
}
