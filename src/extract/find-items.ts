import type { AnnotatedSentence, Mention, WeaponPayload } from '../annotate/index.js'
import type { Category } from '../contract/extraction.js'
import { charSpan, type Clause } from './sentence-view.js'

export interface ItemMention {
  mention: Mention<WeaponPayload>
  category: Category
  system: string | null
  /** Categories added by qualifiers next to the word ("missiles nucléaires" → nuclear). */
  extra: Category[]
  /** Character offsets of the words in the document text. */
  start: number
  end: number
}

const QUALIFIER_REACH = 3

/** Weapon words and systems in the clause, with the qualifiers that stand next to them. */
export function findItems(s: AnnotatedSentence, clause: Clause): ItemMention[] {
  const inClause = s.weapons.filter((w) => w.start >= clause.start && w.end <= clause.end)
  const heads = inClause.filter((w) => w.payloads.some((p) => !p.isQualifier))
  const qualifiers = inClause.filter((w) => w.payloads.every((p) => p.isQualifier))
  return heads.map((mention) => {
    const p = mention.payloads.find((x) => !x.isQualifier) as WeaponPayload
    const extra = qualifiers
      .filter(
        (q) =>
          Math.abs(q.start - mention.end) <= QUALIFIER_REACH ||
          Math.abs(mention.start - q.end) <= QUALIFIER_REACH,
      )
      .flatMap((q) => q.payloads.map((x) => x.category))
      .filter((c) => c !== p.category)
    const { start, end } = charSpan(s, mention.start, mention.end)
    return {
      mention,
      category: p.category,
      system: p.system,
      extra: [...new Set(extra)],
      start,
      end,
    }
  })
}
