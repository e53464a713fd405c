/**
 * The dashboard's filters, kept in the URL query string so any view can be shared as a link.
 * Names and values are the API's own query parameters, passed through unchanged.
 */
export const FILTER_KEYS = [
  'supplier',
  'recipient',
  'actor',
  'category',
  'since',
  'until',
  'certainty',
  'phase',
  'min_sources',
  'breach',
  'review',
] as const

export type FilterKey = (typeof FILTER_KEYS)[number]
export type Filters = Partial<Record<FilterKey, string>>

export function filtersFrom(search: string | URLSearchParams): Filters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const out: Filters = {}
  for (const key of FILTER_KEYS) {
    const value = params.get(key)
    if (value !== null && value.trim() !== '') out[key] = value.trim()
  }
  return out
}

/** Query string (without "?") for the filters plus any extra parameters; empty values dropped. */
export function queryOf(filters: Filters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = filters[key]
    if (value) params.set(key, value)
  }
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value)
  return params.toString()
}

/** A copy with the patch applied; `undefined` or '' clears a filter. */
export function withFilters(
  filters: Filters,
  patch: Partial<Record<FilterKey, string | undefined>>,
): Filters {
  const out: Filters = {}
  for (const key of FILTER_KEYS) {
    const value = key in patch ? patch[key] : filters[key]
    if (value !== undefined && value !== '') out[key] = value
  }
  return out
}
