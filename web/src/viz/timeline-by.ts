import type { TimelineKey } from '../api/types'

/** The timeline's grouping lives in the URL as `by=` beside the filters, so a link keeps it. */
export function readTimelineBy(search: string): TimelineKey {
  return new URLSearchParams(search).get('by') === 'certainty' ? 'certainty' : 'category'
}

/** The query string with `by` set; every other parameter is kept as it was. */
export function searchWithBy(search: string, by: TimelineKey): string {
  const params = new URLSearchParams(search)
  params.set('by', by)
  return `?${params.toString()}`
}

/** Rewrites the current URL in place: the grouping is a view setting, not a history step. */
export function writeTimelineBy(by: TimelineKey): void {
  const search = searchWithBy(window.location.search, by)
  const url = `${window.location.pathname}${search}${window.location.hash}`
  window.history.replaceState(window.history.state, '', url)
}
