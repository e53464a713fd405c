import type { ActorRef, EventSummary } from '../api/types'

/** "2023-09-01 – 2024-02-29", or one day when the window is a day. */
export function formatWindow(w: EventSummary['window']): string {
  return w.start === w.end ? w.start : `${w.start} – ${w.end}`
}

/** A period as the source states it (partial dates); an open end shows as a dash. */
export function formatPeriod(p: { start: string | null; end: string | null }): string {
  if (p.start && p.end) return p.start === p.end ? p.start : `${p.start} – ${p.end}`
  if (p.start) return `${p.start} –`
  if (p.end) return `– ${p.end}`
  return '—'
}

/** "North Korea → Russia". */
export function pairName(supplier: ActorRef, recipient: ActorRef): string {
  return `${supplier.name || supplier.id} → ${recipient.name || recipient.id}`
}

/** Instants from the API are ISO strings; show the day and the minute. */
export function formatInstant(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16)
}

/** A violation's source is a citation, sometimes a URL. */
export function isUrl(s: string): boolean {
  return /^https?:\/\/\S+$/.test(s)
}
