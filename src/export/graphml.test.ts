import { describe, expect, it } from 'vitest'
import { ArmsgraphError } from '../errors.js'
import type { EventSummary } from '../kb/types.js'
import { graphml } from './graphml.js'
import {
  HOSTILE,
  HOSTILE_IN_XML,
  actor,
  attr,
  collect,
  eventSummary,
  forbiddenXmlChars,
  parseXml as parse,
  type XmlElement,
} from './test-builders.js'

function dataOf(el: XmlElement | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const d of Array.from(el?.getElementsByTagName('data') ?? [])) {
    out[attr(d, 'key') ?? ''] = d.textContent ?? ''
  }
  return out
}

const kp = actor('KP', 'North Korea')
const ru = actor('RU', 'Russia')
const ir = actor('IR', 'Iran')
const events: EventSummary[] = [
  eventSummary('ev-kp-ru', kp, ru, { categories: ['ammunition', 'missiles'], contested: true }),
  eventSummary('ev-ir-ru', ir, ru, {
    phase: 'agreed',
    counts: { documents: 5, publishers: 4, source_countries: 3, claims: 0 },
  }),
  eventSummary('ev-ru-kp', ru, kp, { categories: ['technology'], certainty: 'alleged' }),
]

describe('graphml', () => {
  it('writes one node per actor, sorted by id, and one edge per event in input order', async () => {
    const doc = parse(await collect(graphml(() => events)))
    const nodes = Array.from(doc.getElementsByTagName('node'))
    const edges = Array.from(doc.getElementsByTagName('edge'))
    expect(nodes.map((n) => attr(n, 'id'))).toEqual(['IR', 'KP', 'RU'])
    expect(edges.map((e) => attr(e, 'id'))).toEqual(['ev-kp-ru', 'ev-ir-ru', 'ev-ru-kp'])
    expect(attr(doc.getElementsByTagName('graph')[0], 'edgedefault')).toBe('directed')
    expect(dataOf(nodes[2])).toEqual({
      label: 'Russia',
      kind: 'state',
      events_out: '1',
      events_in: '2',
    })
    expect([attr(edges[1], 'source'), attr(edges[1], 'target')]).toEqual(['IR', 'RU'])
    expect(dataOf(edges[0])).toEqual({
      edge_label: 'delivered: ammunition, missiles',
      event_id: 'ev-kp-ru',
      categories: 'ammunition;missiles',
      phase: 'delivered',
      certainty: 'confirmed',
      contested: 'true',
      window_start: '2023-08-01',
      window_end: '2023-10-31',
      documents: '2',
      publishers: '2',
      source_countries: '1',
      weight: '2',
    })
    expect(dataOf(edges[1]).weight).toBe('5')
  })

  it('declares a typed key for every data element it writes', async () => {
    const doc = parse(await collect(graphml(() => events)))
    const keys = Array.from(doc.getElementsByTagName('key'))
    const declared = new Map(keys.map((k) => [attr(k, 'id'), attr(k, 'for')]))
    for (const tag of ['node', 'edge']) {
      for (const el of Array.from(doc.getElementsByTagName(tag))) {
        for (const key of Object.keys(dataOf(el))) expect(declared.get(key)).toBe(tag)
      }
    }
    const types = Object.fromEntries(keys.map((k) => [attr(k, 'id'), attr(k, 'attr.type')]))
    expect(types).toMatchObject({ events_in: 'int', contested: 'boolean', weight: 'double' })
    expect(
      attr(
        keys.find((k) => attr(k, 'id') === 'edge_label'),
        'attr.name',
      ),
    ).toBe('label')
  })

  it('keeps hostile names and ids intact and the document well formed', async () => {
    const evil = actor(`id ${HOSTILE}`, HOSTILE, 'armed_group')
    const xml = await collect(graphml(() => [eventSummary(HOSTILE, evil, kp)]))
    expect(forbiddenXmlChars(xml)).toEqual([])
    const doc = parse(xml)
    const nodes = Array.from(doc.getElementsByTagName('node'))
    expect(nodes).toHaveLength(2)
    expect(attr(nodes[1], 'id')).toBe(`id ${HOSTILE_IN_XML}`)
    expect(dataOf(nodes[1]).label).toBe(HOSTILE_IN_XML)
    const edge = doc.getElementsByTagName('edge')[0]
    expect(attr(edge, 'id')).toBe(HOSTILE_IN_XML)
    expect(dataOf(edge).event_id).toBe(HOSTILE_IN_XML)
  })

  it('reads the events twice and streams from async sources', async () => {
    let passes = 0
    async function* stream() {
      passes += 1
      yield* events
    }
    const chunks: string[] = []
    for await (const c of graphml(stream)) chunks.push(c)
    expect(passes).toBe(2)
    // header, 3 nodes, 3 edges, footer: one chunk each, never the whole file at once
    expect(chunks).toHaveLength(8)
  })

  it('refuses an edge whose actor the first pass did not see', async () => {
    let pass = 0
    const changing = () => (++pass === 1 ? events.slice(0, 1) : events)
    await expect(collect(graphml(changing))).rejects.toThrow(ArmsgraphError)
  })

  it('writes an empty graph for no events', async () => {
    const doc = parse(await collect(graphml(() => [])))
    expect(doc.getElementsByTagName('graph')).toHaveLength(1)
    expect(doc.getElementsByTagName('node')).toHaveLength(0)
  })
})
