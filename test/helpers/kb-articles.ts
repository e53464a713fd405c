import type { IncomingDocument } from '../../src/kb/prepare-record.js'

/**
 * Short reports written for the store tests (our sentences, real public facts): several
 * outlets and both languages report the same flows, so consolidation has something to merge.
 */
export interface KbArticle {
  key: string
  title: string
  text: string
  url: string
  publisher: string
  publisherCountry: string
  published: string
}

export const KB_ARTICLES: KbArticle[] = [
  {
    key: 'kp-ru-en-1',
    title: 'White House: Pyongyang has shipped munitions to Moscow',
    text:
      'The White House said on Friday that North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia.\n\n' +
      'The shipments crossed by rail in September, according to a spokesman for the National Security Council.',
    url: 'https://harbour-tribune.example/2023/10/13/munitions',
    publisher: 'Harbour Tribune',
    publisherCountry: 'GB',
    published: '2023-10-13',
  },
  {
    key: 'kp-ru-fr-1',
    title: 'Munitions nord-coréennes : Washington hausse le ton',
    text:
      'Selon la Maison Blanche, la Corée du Nord a livré plus de 1 000 conteneurs de munitions à la Russie depuis septembre.\n\n' +
      'Le ministre russe des Affaires étrangères, Sergueï Lavrov, a rejeté ces accusations.',
    url: 'https://le-veilleur.example/2023/10/14/munitions',
    publisher: 'Le Veilleur',
    publisherCountry: 'FR',
    published: '2023-10-14',
  },
  {
    key: 'kp-ru-en-2',
    title: 'Seoul counts the shells sent north to the front',
    text: "South Korea's defence minister said on Tuesday that North Korea had shipped about 6,700 containers of artillery shells to Russia since August.",
    url: 'https://seoul-ledger.example/2024/02/27/shells',
    publisher: 'Seoul Ledger',
    publisherCountry: 'KR',
    published: '2024-02-27',
  },
  {
    key: 'ir-ru-en-1',
    title: 'Drones from Tehran',
    text:
      'Iran has supplied Russia with hundreds of Shahed-136 attack drones, the United States said on Thursday.\n\n' +
      'Tehran denied sending any drones for use in the war.',
    url: 'https://harbour-tribune.example/2022/10/20/drones',
    publisher: 'Harbour Tribune',
    publisherCountry: 'GB',
    published: '2022-10-20',
  },
  {
    key: 'kp-ru-en-late',
    title: 'New missile deliveries reported',
    text: 'North Korea delivered KN-23 ballistic missiles to Russia in November 2025, Ukrainian intelligence said.',
    url: 'https://harbour-tribune.example/2025/12/02/missiles',
    publisher: 'Harbour Tribune',
    publisherCountry: 'GB',
    published: '2025-12-02',
  },
  {
    key: 'none-1',
    title: 'Navy drills end off the coast',
    text: 'Three frigates and a submarine took part in a week of drills in the Baltic Sea, the navy said on Monday.',
    url: 'https://le-veilleur.example/2024/05/06/drills',
    publisher: 'Le Veilleur',
    publisherCountry: 'FR',
    published: '2024-05-06',
  },
]

export function incoming(a: KbArticle): IncomingDocument {
  return {
    origin: a.url,
    input: { content: a.text, title: a.title, url: a.url, published: a.published },
    publisher: a.publisher,
    publisherCountry: a.publisherCountry,
  }
}

/** Posts every KB article to a running API (`base` ends in /api/v1) with `call` (a token's fetch). */
export async function postKbArticles(base: string, call: typeof fetch = fetch): Promise<number[]> {
  const statuses: number[] = []
  for (const a of KB_ARTICLES) {
    const r = await call(`${base}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: a.text,
        title: a.title,
        publisher: a.publisher,
        publisher_country: a.publisherCountry,
        published: a.published,
      }),
    })
    await r.arrayBuffer()
    statuses.push(r.status)
  }
  return statuses
}
