import cytoscape, { type Core } from 'cytoscape'
import { useEffect, useRef } from 'react'
import type { GraphView } from '../api/types'
import { networkElements } from './network-elements'
import { networkProbe } from './network-probe'
import { NETWORK_STYLE } from './network-style'
import { useSize } from './use-size'

export interface NetworkCanvasProps {
  view: GraphView
  /** The `actor` filter, outlined on the canvas. */
  actor: string | undefined
  onEdge: (supplier: string, recipient: string) => void
  onNode: (id: string) => void
  /** The element under the pointer: an edge as "S->R", a node id, or null. */
  onHover: (id: string | null) => void
}

/** Small graphs would otherwise be fitted into giant discs. */
const MAX_FIT_ZOOM = 1.15
const FIT_PADDING = 36

/** The cytoscape canvas: one instance per mount, its elements replaced when the data changes. */
export function NetworkCanvas({ view, actor, onEdge, onNode, onHover }: NetworkCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const cyRef = useRef<Core | null>(null)
  // Handlers change on every render of the parent; cytoscape listeners read the latest ones.
  const handlers = useRef({ onEdge, onNode, onHover })
  useEffect(() => {
    handlers.current = { onEdge, onNode, onHover }
  })
  const size = useSize(containerRef)

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const cy = cytoscape({
      container,
      style: NETWORK_STYLE,
      layout: { name: 'preset' },
      minZoom: 0.2,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: true,
    })
    cy.on('tap', 'edge', (e) => {
      handlers.current.onEdge(String(e.target.data('source')), String(e.target.data('target')))
    })
    cy.on('tap', 'node', (e) => handlers.current.onNode(String(e.target.id())))
    cy.on('mouseover', 'node, edge', (e) => {
      e.target.addClass('is-hovered')
      container.style.cursor = 'pointer'
      handlers.current.onHover(String(e.target.id()))
    })
    cy.on('mouseout', 'node, edge', (e) => {
      e.target.removeClass('is-hovered')
      container.style.cursor = ''
      handlers.current.onHover(null)
    })
    cy.on('zoom', () => scaleLabels(cy))
    cyRef.current = cy
    window.armsgraphNetwork = networkProbe(cy, container)
    return () => {
      if (window.armsgraphNetwork) delete window.armsgraphNetwork
      cyRef.current = null
      cy.destroy()
    }
  }, [])

  useEffect(() => {
    const cy = cyRef.current
    if (!cy) return
    cy.batch(() => {
      cy.elements().remove()
      cy.add(networkElements(view))
    })
    // New elements carry no label size yet.
    cy.removeScratch('labelFont')
    fitGraph(cy)
  }, [view])

  useEffect(() => {
    const cy = cyRef.current
    if (!cy) return
    cy.nodes().removeClass('is-actor-filter')
    if (actor) cy.getElementById(actor).addClass('is-actor-filter')
  }, [actor, view])

  useEffect(() => {
    const cy = cyRef.current
    if (!cy || size.width === 0) return
    cy.resize()
    fitGraph(cy)
  }, [size])

  return (
    <div className="viz-network-canvas-wrap">
      <div
        ref={containerRef}
        className="viz-network-canvas"
        role="img"
        aria-label={`Network of ${view.edges.length} supplier to recipient pairs; the list beside it holds the same pairs.`}
      />
      <button
        type="button"
        className="viz-fit-button"
        onClick={() => {
          if (cyRef.current) fitGraph(cyRef.current)
        }}
      >
        Fit
      </button>
    </div>
  )
}

function fitGraph(cy: Core): void {
  cy.fit(undefined, FIT_PADDING)
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM)
    cy.center()
  }
  scaleLabels(cy)
}

/** On-screen label sizes in px, whatever the zoom, within a model-size range. */
const NODE_LABEL_PX = 12
const EDGE_LABEL_PX = 15

/**
 * Keeps labels readable when a large graph is fitted into a small canvas (cytoscape sizes text
 * in model units, so it would shrink with the zoom), without letting them balloon on zoom-in.
 */
function scaleLabels(cy: Core): void {
  const zoom = cy.zoom()
  const clamp = (px: number) =>
    Math.round(Math.min(px * 1.5, Math.max(px * 0.6, px / zoom)) * 2) / 2
  const nodeFont = clamp(NODE_LABEL_PX)
  // Wheel zooming fires many events: restyle only when the rounded size changes.
  if (cy.scratch('labelFont') === nodeFont) return
  cy.scratch('labelFont', nodeFont)
  cy.batch(() => {
    cy.nodes().style('font-size', nodeFont)
    cy.edges('[breach != "none"]').style('font-size', clamp(EDGE_LABEL_PX))
  })
}
