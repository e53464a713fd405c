import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Runs the built binary, as a user would. Build first with `npx tsc -p tsconfig.build.json`.
const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url))
const hasDist = existsSync(MAIN)
if (!hasDist)
  console.warn('extract CLI tests skipped: dist/cli/main.js is missing (run npm run build)')

// Our own short texts, about transfers that happened.
const RU_BY = 'Russia delivered S-400 air defence systems to Belarus in 2023.\n'
const FR_IN = 'France agreed to sell 36 Rafale fighter jets to India in 2016.\n'
const DE_UA = 'Germany delivered IRIS-T air defence systems to Ukraine in 2022.'
const FR_BODY =
  "L'Allemagne a livré des systèmes de défense aérienne IRIS-T à l'Ukraine en 2022. " +
  "Selon le ministère allemand de la Défense, d'autres lanceurs doivent suivre l'an prochain."
const PARAGRAPH =
  'Norway delivered a new batch of artillery shells to Ukraine in March 2023. Officials in ' +
  'Oslo said the shipment had been planned for months and that more could follow.\n\n'

interface Run {
  status: number | null
  stdout: string
  stderr: string
  error?: Error
}

interface Party {
  id: string
}
interface Transfer {
  supplier: Party
  recipient: Party
  phase: string
  evidence: Array<{ text: string }>
}

let root = ''

function runCli(args: string[], opts: SpawnSyncOptions = {}): Run {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 256 * 1024 * 1024,
    ...opts,
  })
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr), error: r.error }
}

/** stderr is one `armsgraph: <reason> [CODE]` line and nothing else: no stack, no second line. */
function expectOneErrorLine(stderr: string, code: string): string {
  expect(stderr.endsWith('\n')).toBe(true)
  const lines = stderr.slice(0, -1).split('\n')
  expect(lines).toHaveLength(1)
  const line = lines[0] ?? ''
  expect(line.startsWith('armsgraph: ')).toBe(true)
  expect(line.endsWith(`[${code}]`)).toBe(true)
  expect(stderr).not.toContain('    at ')
  return line
}

function pairs(out: { transfers: Transfer[] }): string[] {
  return out.transfers.map((t) => `${t.supplier.id}→${t.recipient.id}`)
}

/** A file of `paragraph` repeated until it holds at least `bytes` bytes, written in chunks. */
function writeRepeated(path: string, head: string, paragraph: string, bytes: number): void {
  const fd = openSync(path, 'w')
  try {
    let written = writeSync(fd, head)
    const chunk = paragraph.repeat(Math.max(1, Math.floor(65_536 / paragraph.length)))
    while (written < bytes) written += writeSync(fd, chunk)
  } finally {
    closeSync(fd)
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'armsgraph-extract-cli-'))
  writeFileSync(join(root, 'ru-by.txt'), RU_BY)
  writeFileSync(join(root, 'fr-in.txt'), FR_IN)
})
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

describe.skipIf(!hasDist)('armsgraph extract: bad input gives one stderr line', () => {
  const cases: Array<{ about: string; make: () => string[]; code: string; exit: number }> = [
    {
      about: 'a missing file',
      make: () => ['no-such-file.txt'],
      code: 'ERR_INPUT_NOT_FOUND',
      exit: 1,
    },
    {
      about: 'a directory',
      make: () => {
        mkdirSync(join(root, 'a-folder'), { recursive: true })
        return ['a-folder']
      },
      code: 'ERR_INPUT_IS_DIRECTORY',
      exit: 1,
    },
    {
      about: 'an empty file',
      make: () => {
        writeFileSync(join(root, 'empty.txt'), '')
        return ['empty.txt']
      },
      code: 'ERR_INPUT_EMPTY',
      exit: 1,
    },
    {
      about: 'a whitespace-only file',
      make: () => {
        writeFileSync(join(root, 'blank.txt'), ' \n\t\n  \r\n')
        return ['blank.txt']
      },
      code: 'ERR_INPUT_EMPTY',
      exit: 1,
    },
    {
      about: 'a PNG image',
      make: () => {
        const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]
        writeFileSync(join(root, 'image.png'), Buffer.from([...png, 0x44, 0x52, 0, 0, 0, 1]))
        return ['image.png']
      },
      code: 'ERR_INPUT_BINARY',
      exit: 1,
    },
    {
      about: 'invalid UTF-8',
      make: () => {
        // "Café" in Latin-1, then two bytes that never start a UTF-8 sequence.
        const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0x20, 0xff, 0xfe])])
        writeFileSync(join(root, 'latin1.txt'), Buffer.concat([bytes, Buffer.from(' ok\n')]))
        return ['latin1.txt']
      },
      code: 'ERR_INPUT_ENCODING',
      exit: 1,
    },
    {
      about: 'a file over --max-bytes',
      make: () => {
        writeRepeated(join(root, 'five-kb.txt'), '', RU_BY, 5 * 1024)
        return ['five-kb.txt', '--max-bytes', '1000']
      },
      code: 'ERR_INPUT_TOO_LARGE',
      exit: 1,
    },
    {
      about: 'an unknown --format',
      make: () => ['ru-by.txt', '--format', 'yaml'],
      code: 'ERR_USAGE',
      exit: 2,
    },
    {
      about: 'a --published that is not a date',
      make: () => ['ru-by.txt', '--published', 'last-tuesday'],
      code: 'ERR_USAGE',
      exit: 2,
    },
    {
      about: 'an unknown option',
      make: () => ['ru-by.txt', '--no-such-option'],
      code: 'ERR_USAGE',
      exit: 2,
    },
  ]

  it.each(cases)('$about: $code, exit $exit', ({ make, code, exit }) => {
    const r = runCli(['extract', ...make()])
    expect(r.status).toBe(exit)
    expect(r.stdout).toBe('')
    expectOneErrorLine(r.stderr, code)
  })

  it('names the missing file and the unknown option in the message', () => {
    expect(runCli(['extract', 'no-such-file.txt']).stderr).toContain('no-such-file.txt')
    expect(runCli(['extract', 'ru-by.txt', '--no-such-option']).stderr).toContain(
      '--no-such-option',
    )
  })

  // The date is checked for a real month and day, not only for its shape.
  it('refuses --published 2023-13 (no month 13)', () => {
    const r = runCli(['extract', 'ru-by.txt', '--published', '2023-13'])
    expect(r.status).toBe(2)
    expectOneErrorLine(r.stderr, 'ERR_USAGE')
  })
})

describe.skipIf(!hasDist)('armsgraph extract: output', () => {
  it('prints one JSON object for one file', () => {
    const r = runCli(['extract', 'ru-by.txt', '--format', 'json'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.document.segments).toEqual([
      { kind: 'body', language: 'en', start: 0, end: RU_BY.trimEnd().length },
    ])
    expect(pairs(out)).toEqual(['RU→BY'])
    expect(out.transfers[0].phase).toBe('delivered')
    expect(out.transfers[0].evidence[0].text).toBe(RU_BY.trimEnd())
    expect(out.explain).toBeUndefined()
  })

  it('prints one JSON line with its path per file with --format jsonl', () => {
    const r = runCli(['extract', 'ru-by.txt', 'fr-in.txt', '--format', 'jsonl'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    const [first, second] = lines.map((l) => JSON.parse(l))
    expect(first.path).toBe('ru-by.txt')
    expect(pairs(first)).toEqual(['RU→BY'])
    expect(second.path).toBe('fr-in.txt')
    expect(pairs(second)).toEqual(['FR→IN'])
    expect(second.transfers[0].phase).toBe('agreed')
  })

  it('prints the good file and one stderr line for a missing one, then exits 1', () => {
    const r = runCli(['extract', 'ru-by.txt', 'gone.txt'])
    expect(r.status).toBe(1)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    const good = JSON.parse(lines[0] ?? '')
    expect(good.path).toBe('ru-by.txt')
    expect(pairs(good)).toEqual(['RU→BY'])
    expect(expectOneErrorLine(r.stderr, 'ERR_INPUT_NOT_FOUND')).toContain('gone.txt')
  })

  it('reads stdin for - and names both parties in --format text', () => {
    const r = runCli(['extract', '-', '--format', 'text'], { input: RU_BY })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Russia (RU)')
    expect(r.stdout).toContain('Belarus (BY)')
  })

  it('adds an explain array of strings with --explain --format json', () => {
    const r = runCli(['extract', 'ru-by.txt', '--explain', '--format', 'json'])
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(Array.isArray(out.explain)).toBe(true)
    expect(out.explain.length).toBeGreaterThan(0)
    for (const line of out.explain) expect(typeof line).toBe('string')
    expect(out.explain.join('\n')).toContain('en.transfer.verb-give')
  })

  it('prints an explain: section with --explain --format text', () => {
    const r = runCli(['extract', 'ru-by.txt', '--explain', '--format', 'text'])
    expect(r.status).toBe(0)
    const at = r.stdout.indexOf('\nexplain:\n')
    expect(at).toBeGreaterThan(0)
    expect(r.stdout.slice(at)).toContain('supplier = RU')
    expect(r.stdout.slice(at)).toContain('recipient = BY')
  })

  it('reads an English title over a French body as [title: en, body: fr]', () => {
    const title = 'Germany sends more air defence systems to Ukraine'
    writeFileSync(join(root, 'fr-body.txt'), `${title}\n\n${FR_BODY}\n`)
    const r = runCli(['extract', 'fr-body.txt', '--format', 'json'])
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.document.title).toBe(title)
    expect(out.document.language).toBe('fr')
    const segments = out.document.segments.map((s: { kind: string; language: string }) => [
      s.kind,
      s.language,
    ])
    expect(segments).toEqual([
      ['title', 'en'],
      ['body', 'fr'],
    ])
    expect(pairs(out)).toEqual(['DE→UA'])
    expect(out.warnings).toEqual([])
  })
})

describe.skipIf(!hasDist)('armsgraph extract: HTML', () => {
  // Unclosed <p>, <div> and <span>, an entity, and a script whose string looks like a transfer.
  const messy =
    '<html><head><title>Arms &amp; diplomacy</title>' +
    '<script>var teaser = "France delivered Rafale jets to India in 2020.";</script></head>' +
    '<body><div><p>Germany delivered IRIS-T air defence systems &amp; ammunition to Ukraine ' +
    'in 2022.<p>Officials in Berlin &amp; Kyiv said more could follow.<div><span>unclosed'

  it('extracts from the visible text only and decodes entities', () => {
    writeFileSync(join(root, 'messy.html'), messy)
    const r = runCli(['extract', 'messy.html', '--format', 'json'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.document.title).toBe('Arms & diplomacy')
    expect(pairs(out)).toEqual(['DE→UA'])
    const evidence = (out.transfers as Transfer[]).flatMap((t) => t.evidence.map((e) => e.text))
    expect(evidence).toEqual([
      'Germany delivered IRIS-T air defence systems & ammunition to Ukraine in 2022.',
    ])
    expect(r.stdout).not.toContain('Rafale')
    expect(r.stdout).not.toContain('&amp;')
  })

  // eld labels the two-word title "Arms & diplomacy" as Azerbaijani; a title in a language we
  // have no data for is read in the body's language.
  it('reads the short English title of that page as en', () => {
    writeFileSync(join(root, 'messy-title.html'), messy)
    const out = JSON.parse(runCli(['extract', 'messy-title.html', '--format', 'json']).stdout)
    expect(out.document.segments[0]).toMatchObject({ kind: 'title', language: 'en' })
    expect(out.warnings).toEqual([])
  })

  it('does not hang on 20,000 nested unclosed <div>', () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}<p>${DE_UA}</p>`
    writeFileSync(join(root, 'nested.html'), html)
    const r = runCli(['extract', 'nested.html', '--format', 'json'], { timeout: 30_000 })
    expect(r.error).toBeUndefined()
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(pairs(JSON.parse(r.stdout))).toEqual(['DE→UA'])
  })
})

describe.skipIf(!hasDist)('armsgraph extract: large input and early close', () => {
  it('extracts a ~20 MB text file', { timeout: 120_000 }, () => {
    const path = join(root, 'twenty-mb.txt')
    writeRepeated(path, 'Norway keeps supplying shells\n\n', PARAGRAPH, 20 * 1024 * 1024)
    const r = runCli(['extract', 'twenty-mb.txt', '--format', 'json'], { timeout: 110_000 })
    rmSync(path)
    expect(r.error).toBeUndefined()
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.document.title).toBe('Norway keeps supplying shells')
    expect(pairs(out)).toEqual(['NO→UA'])
    // Every sentence is counted; the first 25 are shown.
    expect(out.transfers[0].evidence_total).toBeGreaterThan(1000)
    expect(out.transfers[0].evidence).toHaveLength(25)
    expect(out.transfers[0].items.length).toBeLessThan(10)
  })

  it('exits quietly when the reader closes the pipe early (| head -c 10)', () => {
    // ~1 MB gives far more text output than a pipe buffer holds, so the writer meets EPIPE.
    writeRepeated(join(root, 'one-mb.txt'), 'Norway keeps supplying shells\n\n', PARAGRAPH, 1 << 20)
    const script =
      '{ node "$0" extract one-mb.txt --format text; echo $? > node-status; } | head -c 10'
    const r = spawnSync('sh', ['-c', script, MAIN], { cwd: root, timeout: 60_000 })
    expect(r.error).toBeUndefined()
    expect(r.status).toBe(0)
    expect(r.stdout.length).toBe(10)
    const stderr = r.stderr.toString('utf8')
    expect(stderr).not.toContain('EPIPE')
    expect(stderr).not.toContain('    at ')
    expect(stderr).toBe('')
    expect(readFileSync(join(root, 'node-status'), 'utf8').trim()).toBe('0')
  })
})
