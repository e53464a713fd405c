import { queryOf, withFilters, type Filters } from '../filters'

/**
 * The events list of one supplier → recipient pair, keeping the other filters: where a click on
 * a network edge, an edge row or a map arc leads. An `actor` filter is dropped because the pair
 * already names both actors, and keeping it could empty the list.
 *
 * @example eventsPathFor({ category: 'drones' }, 'IR', 'RU') // '/events?supplier=IR&recipient=RU&category=drones'
 */
export function eventsPathFor(filters: Filters, supplier: string, recipient: string): string {
  const query = queryOf(withFilters(filters, { supplier, recipient, actor: undefined }))
  return `/events?${query}`
}
