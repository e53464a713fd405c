import { useMemo, type ReactNode } from 'react'
import { api, type ActorListing } from '../../api/client'
import type { FilterKey, Filters } from '../../filters'
import { useResource } from '../use-resource'
import { CATEGORIES, CERTAINTIES, PHASES, labelOf } from '../vocab'
import { TextFilter } from './TextFilter'

export interface FilterBarProps {
  filters: Filters
  setFilters: (patch: Partial<Record<FilterKey, string | undefined>>) => void
  clear: () => void
}

const isPartialDate = (v: string) =>
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(v)
const isCount = (v: string) => /^[1-9]\d{0,5}$/.test(v)

function Field({
  label,
  htmlFor,
  children,
}: {
  label: string
  htmlFor: string
  children: ReactNode
}) {
  return (
    <div className="filter-field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  )
}

interface Option {
  value: string
  label: string
}

function Select(props: {
  name: FilterKey
  label: string
  options: readonly Option[]
  filters: Filters
  setFilters: FilterBarProps['setFilters']
  /** Actor lists hold long names. */
  wide?: boolean
}) {
  const id = `filter-${props.name}`
  const value = props.filters[props.name] ?? ''
  // A value from a shared link that the list does not hold still shows, rather than "any".
  const options =
    value && !props.options.some((o) => o.value === value)
      ? [...props.options, { value, label: value }]
      : props.options
  return (
    <Field label={props.label} htmlFor={id}>
      <select
        id={id}
        data-testid={id}
        className={`select${props.wide ? ' actor' : ''}${value ? ' set' : ''}`}
        value={value}
        onChange={(e) => props.setFilters({ [props.name]: e.target.value })}
      >
        <option value="">any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  )
}

const plain = (values: readonly string[]): Option[] =>
  values.map((v) => ({ value: v, label: labelOf(v) }))

function actorOptions(actors: readonly ActorListing[]): Option[] {
  return [...actors]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((a) => ({ value: a.id, label: a.name && a.name !== a.id ? `${a.name} (${a.id})` : a.id }))
}

/** The global filters under the top bar; every change goes into the URL. */
export function FilterBar({ filters, setFilters, clear }: FilterBarProps) {
  const [actors] = useResource('actors', api.actors)
  const actorList = useMemo(
    () => (actors.status === 'done' ? actorOptions(actors.data.actors) : []),
    [actors],
  )
  const common = { filters, setFilters }
  const hasAny = Object.keys(filters).length > 0
  return (
    <form
      className="filter-bar"
      role="search"
      aria-label="Filters"
      onSubmit={(e) => e.preventDefault()}
    >
      <Select wide name="supplier" label="Supplier" options={actorList} {...common} />
      <Select wide name="recipient" label="Recipient" options={actorList} {...common} />
      <Select wide name="actor" label="Actor (either side)" options={actorList} {...common} />
      <Select name="category" label="Category" options={plain(CATEGORIES)} {...common} />
      <Select name="phase" label="Phase" options={plain(PHASES)} {...common} />
      <Select name="certainty" label="Certainty" options={plain(CERTAINTIES)} {...common} />
      <Select
        name="breach"
        label="Embargo"
        options={[
          { value: 'UN', label: 'UN breach' },
          { value: 'EU', label: 'EU breach' },
          { value: 'any', label: 'UN or EU' },
        ]}
        {...common}
      />
      <Select
        name="review"
        label="Review"
        options={plain(['unreviewed', 'accepted', 'rejected', 'edited'])}
        {...common}
      />
      <Field label="Since" htmlFor="filter-since">
        <TextFilter
          id="filter-since"
          value={filters.since ?? ''}
          placeholder="YYYY-MM"
          width="7.5em"
          title="YYYY, YYYY-MM or YYYY-MM-DD"
          isValid={isPartialDate}
          onCommit={(v) => setFilters({ since: v })}
        />
      </Field>
      <Field label="Until" htmlFor="filter-until">
        <TextFilter
          id="filter-until"
          value={filters.until ?? ''}
          placeholder="YYYY-MM"
          width="7.5em"
          title="YYYY, YYYY-MM or YYYY-MM-DD"
          isValid={isPartialDate}
          onCommit={(v) => setFilters({ until: v })}
        />
      </Field>
      <Field label="Min. sources" htmlFor="filter-min_sources">
        <TextFilter
          id="filter-min_sources"
          value={filters.min_sources ?? ''}
          placeholder="1"
          width="4em"
          inputMode="numeric"
          title="Distinct publishers, at least"
          isValid={isCount}
          onCommit={(v) => setFilters({ min_sources: v })}
        />
      </Field>
      <div className="filter-actions">
        <button
          type="button"
          className="btn btn-small"
          data-testid="filters-clear"
          disabled={!hasAny}
          onClick={clear}
        >
          Clear filters
        </button>
        {actors.status === 'error' ? (
          <span className="filter-note" role="alert">
            actors unavailable
          </span>
        ) : null}
      </div>
    </form>
  )
}
