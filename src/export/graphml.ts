import type { EventSummary } from '../kb/types.js'
import { actorNodes, type ActorNode } from './actor-nodes.js'
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  checkedEdges,
  edgeLabel,
  type AttributeType,
} from './graph-attributes.js'
import type { Source } from './source.js'
import { xmlEscape } from './xml.js'

const GRAPHML_TYPE: Record<AttributeType, string> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
}

// Key ids are the attribute names, except the edge label: GraphML key ids share one namespace
// for nodes and edges, while Gephi and Cytoscape read the attr.name "label" on both.
const KEYS: readonly { id: string; for: 'node' | 'edge'; name: string; type: AttributeType }[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  ...NODE_ATTRIBUTES.map((a) => ({ id: a.name, for: 'node' as const, name: a.name, type: a.type })),
  { id: 'edge_label', for: 'edge', name: 'label', type: 'string' },
  ...EDGE_ATTRIBUTES.map((a) => ({ id: a.name, for: 'edge' as const, name: a.name, type: a.type })),
  { id: 'weight', for: 'edge', name: 'weight', type: 'double' },
]

function header(): string {
  const keys = KEYS.map(
    (k) =>
      `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${GRAPHML_TYPE[k.type]}"/>\n`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns',
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    ...keys,
    '  <graph id="armsgraph" edgedefault="directed">\n',
  ].join('')
}

function data(key: string, value: string | number | boolean): string {
  return `      <data key="${key}">${xmlEscape(String(value))}</data>\n`
}

function nodeXml(n: ActorNode): string {
  const values = NODE_ATTRIBUTES.map((a) => data(a.name, a.value(n)))
  return `    <node id="${xmlEscape(n.id)}">\n${data('label', n.label)}${values.join('')}    </node>\n`
}

function edgeXml(e: EventSummary): string {
  const ends = `source="${xmlEscape(e.supplier.id)}" target="${xmlEscape(e.recipient.id)}"`
  const values = EDGE_ATTRIBUTES.map((a) => data(a.name, a.value(e)))
  return [
    `    <edge id="${xmlEscape(e.id)}" ${ends}>\n`,
    data('edge_label', edgeLabel(e)),
    ...values,
    data('weight', e.counts.documents),
    '    </edge>\n',
  ].join('')
}

/**
 * GraphML (directed): actors as nodes sorted by id, events as edges supplier → recipient in
 * input order. GraphML wants every node before the edges, so the events are read twice through
 * `events()`: once for the nodes, once for the edges; only the actors stay in memory.
 */
export async function* graphml(events: () => Source<EventSummary>): AsyncGenerator<string> {
  const nodes = await actorNodes(events())
  yield header()
  for (const n of nodes) yield nodeXml(n)
  for await (const e of checkedEdges(events(), nodes)) yield edgeXml(e)
  yield '  </graph>\n</graphml>\n'
}
