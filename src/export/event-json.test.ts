import { describe, expect, it } from 'vitest'
import { eventJson } from './event-json.js'
import { actor, documentRef, eventDetail, eventSummary, support } from './test-builders.js'

describe('eventJson', () => {
  const a = documentRef('doc-a', { publisher: 'Yonhap', url: 'https://example.test/a' })
  const b = documentRef('doc-b', { publisher: 'Le Monde', language: 'fr', published: null })
  const summary = eventSummary('ev-1', actor('KP'), actor('RU'))
  const detail = eventDetail(summary, [support(a), support(b), support(a, { phase: 'agreed' })])

  it('keeps the summary and counts and lists each document once, in support order', () => {
    expect(
      eventJson(
        detail,
        detail.supports.map((s) => s.document),
      ),
    ).toEqual({
      ...summary,
      documents: [
        {
          id: 'doc-a',
          title: 'Title of doc-a',
          publisher: 'Yonhap',
          language: 'en',
          published: '2023-10-26',
        },
        {
          id: 'doc-b',
          title: 'Title of doc-b',
          publisher: 'Le Monde',
          language: 'fr',
          published: null,
        },
      ],
    })
  })

  it('leaves supports and claims out', () => {
    const keys = Object.keys(eventJson(detail, []))
    expect(keys).not.toContain('supports')
    expect(keys).not.toContain('claims')
    expect(keys).toContain('counts')
  })

  it('takes a summary with the documents listed apart, as the store gives them', () => {
    const out = eventJson(summary, [b, a])
    expect(out.documents.map((d) => d.id)).toEqual(['doc-b', 'doc-a'])
    expect(out.id).toBe('ev-1')
  })
})
