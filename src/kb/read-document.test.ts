import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadData, type LoadedData } from '../data/index.js'
import { buildDocument } from '../document/index.js'
import type { ReadingMention } from '../views/types.js'
import {
  eventLookup,
  readDocument,
  resolveOverlaps,
  type EventOf,
  type StoredDocumentRow,
  type TransferKey,
} from './read-document.js'

let data: LoadedData

beforeAll(() => {
  data = loadData()
})

/** A stored row as ingest writes it: the text normalised, the title on line 1. */
function row(content: string, title: string | null = null): StoredDocumentRow {
  const doc = buildDocument({ content, title })
  return {
    id: doc.id,
    title: doc.title,
    url: null,
    publisher: 'Test Wire',
    publisher_country: null,
    language: doc.language,
    published: '2024-10-01',
    fetched_at: '2024-10-01T08:00:00.000Z',
    text: doc.text,
  }
}

const noEvent: EventOf = () => null

/** Each mention as `kind:surface→label#id`, so a failure shows what was found where. */
function seen(text: string, mentions: ReadingMention[]): string[] {
  return mentions.map((m) => `${m.kind}:${text.slice(m.start, m.end)}→${m.label}#${m.id ?? '-'}`)
}

function overlapsOf(mentions: ReadingMention[]): string[] {
  const problems: string[] = []
  mentions.forEach((m, i) => {
    if (m.end <= m.start) problems.push(`empty at ${m.start}`)
    const next = mentions[i + 1]
    if (next && next.start < m.end) problems.push(`${m.start}-${m.end} / ${next.start}-${next.end}`)
  })
  return problems
}

describe('readDocument mentions', () => {
  it('finds actors, weapons, triggers and quantities at exact offsets (English)', () => {
    const r = readDocument(
      row(
        'Tehran’s drones reach Moscow\n\nIran supplied Shahed-136 drones to Russia in 2022, and Ukrainian officials counted more than 400 drones fired at Kyiv by November.',
      ),
      data,
      noEvent,
    )
    expect(seen(r.text, r.mentions)).toEqual([
      'actor:Tehran→Iran#IR',
      'weapon:drones→drones#-',
      'actor:Moscow→Russia#RU',
      'actor:Iran→Iran#IR',
      'trigger:supplied→delivered · supply#-',
      'weapon:Shahed-136→Shahed-136 (Geran-2)#shahed-136',
      'weapon:drones→drones#-',
      'actor:Russia→Russia#RU',
      'actor:Ukrainian→Ukraine#UA',
      'quantity:more than 400 drones→>400 drones#-',
      'actor:Kyiv→Ukraine#UA',
    ])
    expect(overlapsOf(r.mentions)).toEqual([])
  })

  it('finds them in French, elisions and all', () => {
    const r = readDocument(
      row(
        'Des obus nord-coréens pour Moscou\n\nSelon le renseignement sud-coréen, la Corée du Nord a expédié plus d’un million d’obus à la Russie depuis août 2023, ainsi que des missiles KN-23.',
      ),
      data,
      noEvent,
    )
    expect(seen(r.text, r.mentions)).toEqual([
      'weapon:obus→ammunition#-',
      'actor:nord-coréens→North Korea#KP',
      'actor:Moscou→Russia#RU',
      'actor:sud-coréen→South Korea#KR',
      'actor:Corée du Nord→North Korea#KP',
      'trigger:expédié→delivered · expédier#-',
      'quantity:plus d’un million d’obus→>1,000,000 obus#-',
      'actor:Russie→Russia#RU',
      'weapon:missiles→missiles#-',
      'weapon:KN-23→KN-23 (Hwasong-11Ga)#kn-23',
    ])
    expect(r.segments.map((s) => `${s.kind}:${s.language}`)).toEqual(['title:fr', 'body:fr'])
  })

  it('shows weapon words in sentences with no transfer verb, and officials by name', () => {
    const r = readDocument(
      row('Sergei Lavrov called the claims about KN-23 missiles groundless.'),
      data,
      noEvent,
    )
    expect(seen(r.text, r.mentions)).toEqual([
      'actor:Sergei Lavrov→Sergey Lavrov#sergey-lavrov-foreign-minister',
      'weapon:KN-23→KN-23 (Hwasong-11Ga)#kn-23',
      'weapon:missiles→missiles#-',
    ])
  })
})

describe('resolveOverlaps', () => {
  const m = (kind: ReadingMention['kind'], start: number, end: number): ReadingMention => ({
    kind,
    start,
    end,
    label: kind,
    id: null,
  })

  it('keeps the longer mention, then the earlier kind on a tie', () => {
    const out = resolveOverlaps([
      m('trigger', 0, 4),
      m('weapon', 2, 12),
      m('quantity', 10, 22),
      m('actor', 30, 35),
      m('weapon', 30, 35),
      m('trigger', 34, 39),
      m('quantity', 50, 56),
      m('weapon', 53, 59),
    ])
    expect(out.map((x) => `${x.kind}@${x.start}`)).toEqual([
      'trigger@0',
      'quantity@10',
      'actor@30',
      'weapon@53',
    ])
  })

  it('sorts by start and drops empty spans', () => {
    const out = resolveOverlaps([m('actor', 20, 25), m('weapon', 5, 5), m('trigger', 0, 3)])
    expect(out.map((x) => x.start)).toEqual([0, 20])
  })

  const lexiconWords = [
    'Russia',
    'North Korea',
    'Corée du Nord',
    'la Russie',
    'Iranian',
    'White House',
    'Lavrov',
    'Pyongyang',
    'Kremlin',
    'delivered',
    'shipped',
    'a livré',
    'livraisons',
    'sold',
    'agreed to buy',
    'artillery shells',
    'shells',
    'obus',
    'drones',
    'Shahed-136',
    'KN-23',
    'S-400',
    'ballistic missiles',
    'missiles',
    'containers',
    'more than',
    'plus de',
    '1,000',
    '1 000',
    'two million',
    'hundreds of',
    'des centaines d’',
    '300',
    'to',
    'à',
    'of',
    'the',
  ]
  const punctuation = ['.', ',', ' ', '\n\n', '(', ')', '«', '»', '’', '-', ';']

  it('leaves no overlap on any mix of lexicon words and punctuation', () => {
    const piece = fc.oneof(fc.constantFrom(...lexiconWords), fc.constantFrom(...punctuation))
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(text, (content) => {
        const r = readDocument(row(content), data, noEvent)
        expect(overlapsOf(r.mentions)).toEqual([])
        for (const x of r.mentions) expect(x.end).toBeLessThanOrEqual(r.text.length)
      }),
      { numRuns: 60 },
    )
  })
})

describe('readDocument transfers', () => {
  // The headline asserts the shipment; the body only reports that two governments allege it.
  const headlineOnly =
    'Iran ships ballistic missiles to Russia\n\nWashington and London said in September 2024 that they held evidence of the shipments. The foreign ministry in Tehran rejected the accusation as baseless.'

  it('flags a headline that states a transfer no body sentence states', () => {
    const r = readDocument(row(headlineOnly), data, noEvent)
    expect(r.headline_unsupported).toBe(true)
    expect(r.transfers.map((t) => [t.supplier.id, t.recipient.id, t.in_headline_only])).toEqual([
      ['IR', 'RU', true],
    ])
    const evidence = r.transfers[0]?.evidence[0]
    expect(evidence && r.text.slice(evidence.start, evidence.end)).toBe(
      'Iran ships ballistic missiles to Russia',
    )
  })

  it('does not flag a headline the body supports', () => {
    const r = readDocument(
      row(
        'North Korea ships shells to Russia\n\nThe White House said that North Korea had delivered more than 1,000 containers of munitions to Russia.',
      ),
      data,
      noEvent,
    )
    expect(r.headline_unsupported).toBe(false)
    expect(r.transfers.map((t) => [t.supplier.id, t.recipient.id, t.in_headline_only])).toEqual([
      ['KP', 'RU', false],
    ])
  })

  it('asks eventOf by direction and first evidence start, and keeps its answer', () => {
    const asked: TransferKey[] = []
    const stored = row(
      'La Russie a livré des avions Su-35 à l’Iran\n\nSelon des responsables américains, la Russie a livré des avions de combat Su-35 à l’Iran en 2025.',
    )
    const r = readDocument(stored, data, (t) => {
      asked.push(t)
      return t.supplier === 'RU' && t.recipient === 'IR' ? 'RU-IR-0001' : null
    })
    expect(r.transfers.map((t) => [t.supplier.id, t.recipient.id, t.event_id])).toEqual([
      ['RU', 'IR', 'RU-IR-0001'],
    ])
    expect(asked).toEqual([{ supplier: 'RU', recipient: 'IR', evidenceStart: 0 }])
    expect(r.id).toBe(stored.id)
    expect(r.publisher).toBe('Test Wire')
  })
})

describe('eventLookup', () => {
  const evidence = (start: number) => JSON.stringify([{ text: 'x', start, end: start + 1 }])

  it('matches one stored row per direction whatever its evidence', () => {
    const eventOf = eventLookup([
      { supplier: 'KP', recipient: 'RU', evidence: evidence(40), event_id: 'E1' },
      { supplier: 'RU', recipient: 'KP', evidence: evidence(90), event_id: null },
    ])
    expect(eventOf({ supplier: 'KP', recipient: 'RU', evidenceStart: 0 })).toBe('E1')
    expect(eventOf({ supplier: 'RU', recipient: 'KP', evidenceStart: 90 })).toBeNull()
    expect(eventOf({ supplier: 'IR', recipient: 'RU', evidenceStart: 0 })).toBeNull()
  })

  it('tells rows of one direction apart by first evidence start, never by order', () => {
    const eventOf = eventLookup([
      { supplier: 'KP', recipient: 'RU', evidence: evidence(300), event_id: 'late' },
      { supplier: 'KP', recipient: 'RU', evidence: evidence(10), event_id: 'early' },
    ])
    expect(eventOf({ supplier: 'KP', recipient: 'RU', evidenceStart: 10 })).toBe('early')
    expect(eventOf({ supplier: 'KP', recipient: 'RU', evidenceStart: 300 })).toBe('late')
    expect(eventOf({ supplier: 'KP', recipient: 'RU', evidenceStart: 55 })).toBeNull()
  })
})

describe('readDocument on near-empty documents', () => {
  it('reads a title-only document as its one line', () => {
    const stored = row('', 'Russia delivers S-400 systems to Belarus')
    const r = readDocument(stored, data, noEvent)
    expect(r.text).toBe('Russia delivers S-400 systems to Belarus')
    expect(r.title).toBe('Russia delivers S-400 systems to Belarus')
    expect(seen(r.text, r.mentions)).toEqual([
      'actor:Russia→Russia#RU',
      'trigger:delivers→delivered · deliver#-',
      'weapon:S-400→S-400 Triumf#s-400',
      'actor:Belarus→Belarus#BY',
    ])
    // A lone line is the whole document, not a headline over a silent body.
    expect(r.transfers.map((t) => [t.supplier.id, t.recipient.id, t.in_headline_only])).toEqual([
      ['RU', 'BY', false],
    ])
    expect(r.headline_unsupported).toBe(false)
  })

  it('returns an empty reading for an empty text', () => {
    const r = readDocument(row(''), data, noEvent)
    expect(r).toMatchObject({
      text: '',
      segments: [],
      mentions: [],
      transfers: [],
      headline_unsupported: false,
    })
  })
})
