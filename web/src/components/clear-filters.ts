import { FILTER_KEYS, type FilterKey } from '../filters'

/** The setFilters patch that clears every filter. */
export const CLEAR_FILTERS: Partial<Record<FilterKey, undefined>> = Object.fromEntries(
  FILTER_KEYS.map((k) => [k, undefined]),
)
