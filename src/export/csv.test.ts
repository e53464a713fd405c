import { describe, expect, it } from 'vitest'
import { EVENTS_CSV_HEADER, csvCell, csvRows, eventsCsv } from './csv.js'
import { actor, collect, eventSummary } from './test-builders.js'

// A strict RFC 4180 reader (LF or CRLF records), written here so the writer is checked against
// the standard rather than against itself.
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let i = 0
  const endField = () => {
    record.push(field)
    field = ''
  }
  while (i < text.length) {
    const c = text[i] as string
    if (c === '"' && field === '') {
      i += 1
      for (;;) {
        const q = text.indexOf('"', i)
        if (q < 0) throw new Error('unterminated quoted field')
        field += text.slice(i, q)
        if (text[q + 1] === '"') {
          field += '"'
          i = q + 2
        } else {
          i = q + 1
          break
        }
      }
      if (![',', '\n', '\r', undefined].includes(text[i]))
        throw new Error(`junk after quote at ${i}`)
      continue
    }
    if (c === '"') throw new Error(`bare quote at ${i}`)
    if (c === ',') endField()
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      endField()
      records.push(record)
      record = []
      if (c === '\r') i += 1
    } else field += c
    i += 1
  }
  if (field !== '' || record.length > 0) throw new Error('last record lacks its line end')
  return records
}

describe('csvCell', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('North Korea')).toBe('North Korea')
    expect(csvCell('Seoul, Tokyo')).toBe('"Seoul, Tokyo"')
    expect(csvCell('the "deal"')).toBe('"the ""deal"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('cr\ronly')).toBe('"cr\ronly"')
    expect(csvCell('')).toBe('')
  })

  it('defuses every cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+2')).toBe("'=1+2")
    expect(csvCell('+33 1')).toBe("'+33 1")
    expect(csvCell('-2')).toBe("'-2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tx')).toBe("'\tx")
    expect(csvCell('\rx')).toBe('"\'\rx"')
    expect(csvCell('=HYPERLINK("http://x.test","y")')).toBe(
      '"\'=HYPERLINK(""http://x.test"",""y"")"',
    )
    expect(csvCell('a=b')).toBe('a=b')
  })
})

describe('eventsCsv', () => {
  const hostile = eventSummary(
    'ev-1',
    actor('KP', 'Korea, "North"\nDPRK'),
    actor('wagner', '=cmd|/c calc', 'armed_group'),
    {
      categories: ['ammunition', 'missiles'],
      contested: true,
      languages: ['fr', 'en'],
      review: { status: 'edited', note: null, reviewer: null, at: '2024-01-02', edits: {} },
    },
  )
  const plain = eventSummary('ev-2', actor('IR', 'Iran'), actor('RU', 'Russia'), {
    first_reported: null,
    last_reported: null,
    certainty: 'alleged',
  })

  it('round-trips through an RFC 4180 reader, with formula cells marked', async () => {
    const records = parseCsv(await collect(eventsCsv([hostile, plain])))
    expect(records[0]).toEqual([...EVENTS_CSV_HEADER])
    expect(records[1]).toEqual([
      'ev-1',
      'KP',
      'Korea, "North"\nDPRK',
      'wagner',
      "'=cmd|/c calc",
      'ammunition;missiles',
      'delivered',
      'confirmed',
      'true',
      '2023-08-01',
      '2023-10-31',
      '2023-10-26',
      '2023-10-27',
      '2',
      '2',
      '1',
      '3',
      'fr;en',
      'edited',
    ])
    expect(records[2]?.slice(7, 13)).toEqual([
      'alleged',
      'false',
      '2023-08-01',
      '2023-10-31',
      '',
      '',
    ])
    expect(records[2]?.at(-1)).toBe('')
    expect(records).toHaveLength(3)
  })

  it('ends records with LF and reads async sources one row per chunk', async () => {
    async function* stream() {
      yield plain
      yield plain
    }
    const chunks: string[] = []
    for await (const c of eventsCsv(stream())) chunks.push(c)
    expect(chunks).toHaveLength(3)
    expect(chunks.every((c) => c.endsWith('\n') && !c.includes('\r'))).toBe(true)
  })

  it('writes only the header for no events', async () => {
    expect(await collect(eventsCsv([]))).toBe(`${EVENTS_CSV_HEADER.join(',')}\n`)
  })
})

describe('csvRows', () => {
  it('writes any header and rows', async () => {
    const out = await collect(csvRows(['a', 'b'], [['1', 'x,y']]))
    expect(parseCsv(out)).toEqual([
      ['a', 'b'],
      ['1', 'x,y'],
    ])
  })
})
