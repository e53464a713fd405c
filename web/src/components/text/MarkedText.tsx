import type { ReactNode } from 'react'
import { buildMarkTree, type Highlight, type MarkNode } from './mark-tree'

export interface MarkedTextProps {
  text: string
  from: number
  to: number
  /** Outer layer first; each layer sorted and non-overlapping (see mergeSpans). */
  layers: readonly (readonly Highlight[])[]
  /** The mark element for a highlight of a layer, wrapping its (already nested) children. */
  renderMark: (highlight: Highlight, layer: number, children: ReactNode, key: string) => ReactNode
}

function renderNodes(text: string, nodes: MarkNode[], props: MarkedTextProps): ReactNode[] {
  return nodes.map((n) => {
    const key = `${n.type}-${n.start}-${n.end}`
    if (n.type === 'text') return text.slice(n.start, n.end)
    return props.renderMark(
      n.highlight,
      n.layer,
      renderNodes(text, n.children, props),
      `${key}-${n.layer}`,
    )
  })
}

/** Text with nested highlights; the text goes in as React text nodes, never as HTML. */
export function MarkedText(props: MarkedTextProps) {
  const nodes = buildMarkTree(props.layers, props.from, props.to)
  return <>{renderNodes(props.text, nodes, props)}</>
}
