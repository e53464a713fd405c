import { describe, expect, it } from 'vitest'
import type { EventSummary } from '../kb/types.js'
import { gexf } from './gexf.js'
import {
  HOSTILE,
  HOSTILE_IN_XML,
  actor,
  attr,
  collect,
  eventSummary,
  forbiddenXmlChars,
  parseXml,
  type XmlElement,
} from './test-builders.js'

function attvaluesOf(el: XmlElement | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const v of Array.from(el?.getElementsByTagName('attvalue') ?? [])) {
    out[attr(v, 'for') ?? ''] = attr(v, 'value') ?? ''
  }
  return out
}

const kp = actor('KP', 'North Korea')
const ru = actor('RU', 'Russia')
const houthis = actor('houthis', 'Houthis', 'armed_group')
const ir = actor('IR', 'Iran')
const events: EventSummary[] = [
  eventSummary('ev-kp-ru', kp, ru, { categories: ['ammunition', 'missiles'] }),
  eventSummary('ev-ir-houthis', ir, houthis, {
    phase: 'delivered',
    certainty: 'denied',
    contested: true,
    categories: ['drones'],
    counts: { documents: 7, publishers: 5, source_countries: 4, claims: 2 },
  }),
]

describe('gexf', () => {
  it('writes a directed static GEXF 1.3 graph with attribute declarations', async () => {
    const doc = parseXml(await collect(gexf(() => events)))
    const root = doc.getElementsByTagName('gexf')[0]
    expect(attr(root, 'xmlns')).toBe('http://gexf.net/1.3')
    expect(attr(root, 'version')).toBe('1.3')
    const graph = doc.getElementsByTagName('graph')[0]
    expect([attr(graph, 'defaultedgetype'), attr(graph, 'mode')]).toEqual(['directed', 'static'])
    const classes = Array.from(doc.getElementsByTagName('attributes')).map((a) => attr(a, 'class'))
    expect(classes).toEqual(['node', 'edge'])
    const declared = Array.from(doc.getElementsByTagName('attribute')).map((a) => [
      attr(a, 'id'),
      attr(a, 'type'),
    ])
    expect(declared).toContainEqual(['events_out', 'integer'])
    expect(declared).toContainEqual(['contested', 'boolean'])
    expect(declared).toContainEqual(['window_start', 'string'])
  })

  it('has labelled nodes sorted by id and labelled, weighted edges in input order', async () => {
    const doc = parseXml(await collect(gexf(() => events)))
    const nodes = Array.from(doc.getElementsByTagName('node'))
    expect(nodes.map((n) => [attr(n, 'id'), attr(n, 'label')])).toEqual([
      ['IR', 'Iran'],
      ['KP', 'North Korea'],
      ['RU', 'Russia'],
      ['houthis', 'Houthis'],
    ])
    expect(attvaluesOf(nodes[3])).toEqual({ kind: 'armed_group', events_out: '0', events_in: '1' })
    const edges = Array.from(doc.getElementsByTagName('edge'))
    expect(edges).toHaveLength(2)
    const second = edges[1]
    expect(['id', 'source', 'target', 'label', 'weight'].map((a) => attr(second, a))).toEqual([
      'ev-ir-houthis',
      'IR',
      'houthis',
      'delivered: drones',
      '7',
    ])
    expect(attvaluesOf(second)).toEqual({
      event_id: 'ev-ir-houthis',
      categories: 'drones',
      phase: 'delivered',
      certainty: 'denied',
      contested: 'true',
      window_start: '2023-08-01',
      window_end: '2023-10-31',
      documents: '7',
      publishers: '5',
      source_countries: '4',
    })
  })

  it('declares every attribute a value refers to, in the right class', async () => {
    const doc = parseXml(await collect(gexf(() => events)))
    const [nodeDecl, edgeDecl] = Array.from(doc.getElementsByTagName('attributes')).map(
      (block) =>
        new Set(Array.from(block.getElementsByTagName('attribute')).map((a) => attr(a, 'id'))),
    )
    for (const n of Array.from(doc.getElementsByTagName('node'))) {
      for (const id of Object.keys(attvaluesOf(n))) expect(nodeDecl?.has(id)).toBe(true)
    }
    for (const e of Array.from(doc.getElementsByTagName('edge'))) {
      for (const id of Object.keys(attvaluesOf(e))) expect(edgeDecl?.has(id)).toBe(true)
    }
  })

  it('keeps hostile labels and values intact in attributes', async () => {
    const evil = actor(HOSTILE, HOSTILE, 'organisation')
    const xml = await collect(gexf(() => [eventSummary(`e ${HOSTILE}`, kp, evil)]))
    expect(forbiddenXmlChars(xml)).toEqual([])
    const doc = parseXml(xml)
    const nodes = Array.from(doc.getElementsByTagName('node'))
    expect(nodes).toHaveLength(2)
    expect(attr(nodes[1], 'label')).toBe(HOSTILE_IN_XML)
    const edge = doc.getElementsByTagName('edge')[0]
    expect(attr(edge, 'target')).toBe(HOSTILE_IN_XML)
    expect(attvaluesOf(edge).event_id).toBe(`e ${HOSTILE_IN_XML}`)
  })

  it('gives the same bytes for the same events', async () => {
    expect(await collect(gexf(() => events))).toBe(await collect(gexf(() => events)))
  })
})
