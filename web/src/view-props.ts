import type { FilterKey, Filters } from './filters'

/** What the app shell hands every view: the URL's filters and ways to change the URL. */
export interface ViewProps {
  filters: Filters
  /** Merges into the URL's filters (pushes a history entry); undefined or '' clears one. */
  setFilters: (patch: Partial<Record<FilterKey, string | undefined>>) => void
  /** Goes to an app path such as `/events/KP-RU-…` (keeps the current filters unless `to` has a query). */
  navigate: (to: string) => void
}
