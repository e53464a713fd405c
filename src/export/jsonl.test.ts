import { describe, expect, it } from 'vitest'
import { jsonArray } from './json-array.js'
import { jsonl } from './jsonl.js'
import { collect } from './test-builders.js'

const records = [{ name: 'two\nlines\r\u2028' }, { n: 1, list: ['a', 'b'] }]

describe('jsonl', () => {
  it('writes one parseable object per line, whatever the strings hold', async () => {
    const out = await collect(jsonl(records))
    expect(out.endsWith('\n')).toBe(true)
    const rows = out.slice(0, -1).split('\n')
    expect(rows).toHaveLength(2)
    expect(rows.map((r) => JSON.parse(r) as unknown)).toEqual(records)
  })

  it('writes nothing for no records', async () => {
    expect(await collect(jsonl([]))).toBe('')
  })
})

describe('jsonArray', () => {
  it('streams one JSON document with an element per line', async () => {
    async function* stream() {
      yield* records
    }
    const out = await collect(jsonArray(stream()))
    expect(JSON.parse(out)).toEqual(records)
    expect(out.split('\n')).toHaveLength(5)
  })

  it('writes an empty array for no records', async () => {
    expect(JSON.parse(await collect(jsonArray([])))).toEqual([])
  })
})
