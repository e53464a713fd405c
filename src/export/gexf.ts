import type { EventSummary } from '../kb/types.js'
import { actorNodes, type ActorNode } from './actor-nodes.js'
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  checkedEdges,
  edgeLabel,
  type GraphAttribute,
} from './graph-attributes.js'
import type { Source } from './source.js'
import { xmlEscape } from './xml.js'

function declarations<T>(cls: 'node' | 'edge', attributes: readonly GraphAttribute<T>[]): string {
  const lines = attributes.map(
    (a) => `      <attribute id="${a.name}" title="${a.name}" type="${a.type}"/>\n`,
  )
  return `    <attributes class="${cls}">\n${lines.join('')}    </attributes>\n`
}

function attvalues<T>(x: T, attributes: readonly GraphAttribute<T>[]): string {
  const values = attributes.map(
    (a) => `          <attvalue for="${a.name}" value="${xmlEscape(String(a.value(x)))}"/>\n`,
  )
  return `        <attvalues>\n${values.join('')}        </attvalues>\n`
}

// No lastmodifieddate in <meta>: the same events must give the same bytes.
function header(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://gexf.net/1.3"',
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n',
    '  <meta>\n    <creator>armsgraph</creator>\n',
    '    <description>Arms transfers: actors, and one edge per event from supplier to recipient</description>\n',
    '  </meta>\n',
    '  <graph defaultedgetype="directed" mode="static">\n',
    declarations('node', NODE_ATTRIBUTES),
    declarations('edge', EDGE_ATTRIBUTES),
  ].join('')
}

function nodeXml(n: ActorNode): string {
  const open = `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}">\n`
  return `${open}${attvalues(n, NODE_ATTRIBUTES)}      </node>\n`
}

function edgeXml(e: EventSummary): string {
  const open = [
    `      <edge id="${xmlEscape(e.id)}"`,
    ` source="${xmlEscape(e.supplier.id)}" target="${xmlEscape(e.recipient.id)}"`,
    ` label="${xmlEscape(edgeLabel(e))}" weight="${e.counts.documents}">\n`,
  ].join('')
  return `${open}${attvalues(e, EDGE_ATTRIBUTES)}      </edge>\n`
}

/**
 * GEXF 1.3, directed and static: actors as nodes sorted by id, events as edges in input order,
 * weighted by their number of documents. Like graphml(), it reads the events twice.
 */
export async function* gexf(events: () => Source<EventSummary>): AsyncGenerator<string> {
  const nodes = await actorNodes(events())
  yield `${header()}    <nodes>\n`
  for (const n of nodes) yield nodeXml(n)
  yield '    </nodes>\n    <edges>\n'
  for await (const e of checkedEdges(events(), nodes)) yield edgeXml(e)
  yield '    </edges>\n  </graph>\n</gexf>\n'
}
