import type { Core } from 'cytoscape'
import { edgeIdOf } from './network-elements'

/** What end-to-end tests read to click the real canvas: positions in client (page) pixels. */
export interface NetworkProbe {
  edgeMidpoint: (supplier: string, recipient: string) => { x: number; y: number } | null
  nodeCentre: (id: string) => { x: number; y: number } | null
}

declare global {
  interface Window {
    armsgraphNetwork?: NetworkProbe
  }
}

/** A probe over a live cytoscape instance; coordinates follow the current pan, zoom and scroll. */
export function networkProbe(cy: Core, container: HTMLElement): NetworkProbe {
  return {
    edgeMidpoint(supplier, recipient) {
      const edge = cy.getElementById(edgeIdOf(supplier, recipient))
      if (edge.empty() || !edge.isEdge()) return null
      return toClient(container, edge.renderedMidpoint())
    },
    nodeCentre(id) {
      const node = cy.getElementById(id)
      if (node.empty() || !node.isNode()) return null
      return toClient(container, node.renderedPosition())
    },
  }
}

function toClient(container: HTMLElement, p: { x: number; y: number }): { x: number; y: number } {
  const box = container.getBoundingClientRect()
  return { x: box.left + p.x, y: box.top + p.y }
}
