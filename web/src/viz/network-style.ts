import type { StylesheetJson } from 'cytoscape'
import { BREACH_COLOUR, POSSIBLE_BREACH_COLOUR } from './palette'

/**
 * Cytoscape's stylesheet for the network. Values come from element data set by
 * `networkElements`, so the colours stay in palette.ts.
 */
export const NETWORK_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      shape: 'data(shape)' as 'ellipse',
      'background-color': 'data(fill)',
      'border-color': 'data(border)',
      'border-width': 1.5,
      label: 'data(label)',
      'font-size': 12,
      'font-family': 'system-ui, sans-serif',
      color: '#1f2328',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2.5,
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'node.is-actor-filter',
    style: { 'border-width': 3.5, 'border-color': '#1f2328', 'font-weight': 'bold' },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 1.1,
      'curve-style': 'bezier',
      opacity: 0.85,
      label: 'data(label)',
      'font-size': 13,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  { selector: 'edge[certainty = "denied"]', style: { 'line-style': 'dashed' } },
  {
    // A red (or amber) outline around the line and a warning sign at its middle: visible
    // whatever the certainty colour inside, and at any zoom.
    selector: 'edge[breach = "breach"], edge[breach = "possible"]',
    style: {
      'line-outline-width': 2,
      'line-outline-color': 'data(halo)',
      'font-size': 15,
      'font-weight': 'bold',
      'text-outline-width': 3,
    },
  },
  { selector: 'edge[breach = "breach"]', style: { color: BREACH_COLOUR } },
  { selector: 'edge[breach = "possible"]', style: { color: POSSIBLE_BREACH_COLOUR } },
  {
    selector: 'edge.is-hovered, node.is-hovered',
    style: {
      opacity: 1,
      'overlay-color': '#1f2328',
      'overlay-opacity': 0.08,
      'overlay-padding': 4,
    },
  },
]
