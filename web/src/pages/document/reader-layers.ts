import type { DocumentReading, ReadingMention } from '../../api/types'
import { mergeSpans, type Highlight } from '../../components/text/mark-tree'

export type MentionKind = ReadingMention['kind']
export const MENTION_KINDS: readonly MentionKind[] = ['actor', 'weapon', 'quantity', 'trigger']

/**
 * The reader's two highlight layers: evidence sentences outside (refs = the transfers citing
 * them), mentions inside (refs = the mention's index). Mentions never overlap each other, but an
 * evidence sentence overlaps many mentions, so the sentences must be the outer layer.
 */
export function readerLayers(
  doc: DocumentReading,
  hidden: ReadonlySet<MentionKind>,
): [Highlight[], Highlight[]] {
  const evidence = mergeSpans(
    doc.transfers.flatMap((t, i) =>
      t.evidence.map((e) => ({ start: e.start, end: e.end, refs: [i], kind: 'evidence' })),
    ),
  )
  const mentions = doc.mentions
    .map((m, i) => ({ start: m.start, end: m.end, refs: [i], kind: m.kind, title: m.label }))
    .filter((m) => !hidden.has(m.kind))
  // Sorted and de-overlapped defensively: the API promises it, the nesting depends on it.
  return [evidence, mergeSpans(mentions).map((m) => ({ ...m, refs: m.refs.slice(0, 1) }))]
}
