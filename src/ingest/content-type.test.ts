import { describe, expect, it } from 'vitest'
import { isAcceptedType, mediaType } from './content-type.js'

describe('mediaType', () => {
  it.each([
    ['text/html; charset=UTF-8', 'text/html'],
    ['  Application/RSS+XML ', 'application/rss+xml'],
    ['', null],
    [';charset=utf-8', null],
    [null, null],
  ])('%j → %j', (header, type) => {
    expect(mediaType(header)).toBe(type)
  })
})

describe('isAcceptedType', () => {
  it.each([
    'text/html',
    'application/xhtml+xml',
    'text/plain',
    'text/markdown',
    'text/xml',
    'application/xml',
    'application/rss+xml',
    'application/atom+xml',
    'application/rdf+xml',
    'application/x-rss+xml',
  ])('accepts %s', (type) => {
    expect(isAcceptedType(type, false)).toBe(true)
  })

  it.each([
    'image/png',
    'image/svg+xml',
    'video/mp4',
    'audio/mpeg',
    'application/octet-stream',
    'application/pdf',
    'application/zip',
    'application/gzip',
    'font/woff2',
    'text/css',
    'application/javascript',
    'application/json',
    'application/x-ndjson',
  ])('refuses %s', (type) => {
    expect(isAcceptedType(type, false)).toBe(false)
  })

  it.each(['application/json', 'application/x-ndjson', 'application/jsonl'])(
    'accepts %s from a caller that reads JSON Lines',
    (type) => {
      expect(isAcceptedType(type, true)).toBe(true)
    },
  )

  it('still refuses binary types from a caller that reads JSON Lines', () => {
    expect(isAcceptedType('application/octet-stream', true)).toBe(false)
  })
})
