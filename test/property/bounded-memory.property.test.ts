import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Bounded memory: htmlToText, buildDocument and extract() on 20 MB hostile inputs in a child
// process whose heap is capped at 512 MB (bounded-memory.child.ts). Running out of memory kills
// the child with a V8 "heap out of memory" error and a non-zero exit.
const CHILD = join(import.meta.dirname, 'bounded-memory.child.ts')

describe('bounded memory', () => {
  it('20 MB of hostile HTML and text fit in a 512 MB heap', () => {
    const run = spawnSync(
      process.execPath,
      ['--max-old-space-size=512', '--import', 'tsx', CHILD],
      {
        encoding: 'utf8',
        timeout: 100_000,
        maxBuffer: 1_000_000,
      },
    )
    const lines = run.stdout.trim().split('\n').filter(Boolean)
    const detail = `${run.stdout}\n${run.stderr.slice(0, 2000)}`
    expect(run.error, detail).toBeUndefined()
    expect(run.status, detail).toBe(0)
    expect(lines, detail).toHaveLength(5)
  }, 120_000)

  // Known gap, outside this test's files: extract() keeps per-sentence state for the whole
  // document, about 50 bytes a character of news text. 20 MB of sentences (in paragraphs of 40)
  // needs about 1 GB of heap and 22 s; under a 512 MB cap it dies. The CLI accepts 64 MiB files.
  it.skip('20 MB of news sentences fit in a 512 MB heap', () => {
    // Reproduction: extract('North Korea a livré des obus à la Russie, selon Séoul. '.repeat(40)
    // + '\n\n') repeated to 20 MB, under node --max-old-space-size=512.
  })
})
