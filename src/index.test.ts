import { describe, expect, it } from 'vitest'
import { ExtractionSchema, extract, loadData } from './index.js'

describe('library API', () => {
  it('extracts a transfer in the contract shape', () => {
    const out = extract('Russia delivered S-400 air defence systems to Belarus.', loadData())
    expect(
      ExtractionSchema.parse(out).transfers.map((t) => `${t.supplier.id}>${t.recipient.id}`),
    ).toEqual(['RU>BY'])
  })
})
