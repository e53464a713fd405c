import type { Category, Claim, Extraction, Stance, Transfer } from '../contract/extraction.js'
import type { Gold, GoldClaim, GoldTransfer } from './gold.js'

// Small builders for hand-made extractions and golds, shared by the eval unit tests only.

export function transfer(
  supplier: string,
  recipient: string,
  over: Partial<Transfer> = {},
): Transfer {
  return {
    supplier: { id: supplier, name: supplier, kind: 'state' },
    recipient: { id: recipient, name: recipient, kind: 'state' },
    categories: ['unspecified'],
    items: [],
    phase: 'delivered',
    certainty: 'confirmed',
    in_headline_only: false,
    period: { start: null, end: null },
    evidence: [],
    evidence_total: 0,
    claims: [],
    rule_ids: [],
    ...over,
  }
}

export function claim(name: string, country: string | null, stance: Stance): Claim {
  return {
    speaker: { name, country, id: null, kind: 'person' },
    stance,
    evidence: { text: '', start: 0, end: 0 },
  }
}

export function extraction(transfers: Transfer[]): Extraction {
  const document = { title: null, language: 'en', segments: [], published: null }
  return { document, transfers, warnings: [] }
}

export function goldTransfer(
  supplier: string,
  recipient: string,
  over: Partial<GoldTransfer> = {},
): GoldTransfer {
  const categories: Category[] = ['unspecified']
  return {
    supplier,
    recipient,
    categories,
    phase: 'delivered',
    certainty: 'confirmed',
    in_headline_only: false,
    evidence: '',
    ...over,
  }
}

export function goldClaim(
  speaker: string,
  country: string | null,
  pair: [string, string],
  stance: Stance,
): GoldClaim {
  return { speaker, speaker_country: country, supplier: pair[0], recipient: pair[1], stance }
}

export function gold(transfers: GoldTransfer[], claims: GoldClaim[] = [], language = 'en'): Gold {
  return {
    id: `doc-${language}`,
    source: 'test',
    url: null,
    license: 'test',
    language,
    published: null,
    transfers,
    claims,
  }
}
