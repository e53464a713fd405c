import type { Writer } from './write-documents.js'

export interface StoreStats {
  documents: number
  transfers: number
  events: number
  failures: number
  reviews: number
  languages: Array<{ language: string; documents: number }>
  publishers: Array<{ publisher: string; documents: number }>
  published: { first: string | null; last: string | null }
  jobs: Record<string, number>
}

async function count(
  db: Writer,
  table: 'documents' | 'transfers' | 'events' | 'failures' | 'reviews',
) {
  const r = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
  return Number(r?.n ?? 0)
}

/** What the store holds: counts, languages, top publishers, date range, job queue. */
export async function storeStats(db: Writer): Promise<StoreStats> {
  const languages = await db
    .selectFrom('documents')
    .select(['language', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('language')
    .orderBy('n', 'desc')
    .orderBy('language')
    .execute()
  const publishers = await db
    .selectFrom('documents')
    .select(['publisher', (eb) => eb.fn.countAll<number>().as('n')])
    .where('publisher', 'is not', null)
    .groupBy('publisher')
    .orderBy('n', 'desc')
    .orderBy('publisher')
    .limit(10)
    .execute()
  const range = await db
    .selectFrom('documents')
    .select((eb) => [eb.fn.min('published').as('first'), eb.fn.max('published').as('last')])
    .executeTakeFirst()
  const jobs = await db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute()
  return {
    documents: await count(db, 'documents'),
    transfers: await count(db, 'transfers'),
    events: await count(db, 'events'),
    failures: await count(db, 'failures'),
    reviews: await count(db, 'reviews'),
    languages: languages.map((r) => ({ language: r.language, documents: Number(r.n) })),
    publishers: publishers.map((r) => ({ publisher: r.publisher ?? '', documents: Number(r.n) })),
    published: { first: range?.first ?? null, last: range?.last ?? null },
    jobs: Object.fromEntries(jobs.map((j) => [j.status, Number(j.n)])),
  }
}

export interface ActorStats {
  id: string
  events_as_supplier: number
  events_as_recipient: number
  documents: number
}

/** Every actor that supplies or receives in some event, busiest first. */
export async function actorStats(db: Writer): Promise<ActorStats[]> {
  const supplied = await db
    .selectFrom('events')
    .select([
      'supplier as id',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.sum<number>('documents').as('docs'),
    ])
    .groupBy('supplier')
    .execute()
  const received = await db
    .selectFrom('events')
    .select([
      'recipient as id',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.sum<number>('documents').as('docs'),
    ])
    .groupBy('recipient')
    .execute()
  const byId = new Map<string, ActorStats>()
  const entry = (id: string) => {
    let a = byId.get(id)
    if (!a) byId.set(id, (a = { id, events_as_supplier: 0, events_as_recipient: 0, documents: 0 }))
    return a
  }
  for (const r of supplied) {
    const a = entry(r.id)
    a.events_as_supplier = Number(r.n)
    a.documents += Number(r.docs)
  }
  for (const r of received) {
    const a = entry(r.id)
    a.events_as_recipient = Number(r.n)
    a.documents += Number(r.docs)
  }
  return [...byId.values()].sort(
    (a, b) =>
      b.events_as_supplier +
        b.events_as_recipient -
        (a.events_as_supplier + a.events_as_recipient) ||
      b.documents - a.documents ||
      (a.id < b.id ? -1 : 1),
  )
}
