/** "Pairs shown: top 100": how many of the heaviest items a view draws. */
export function TopNSelect<N extends number>({
  label,
  options,
  value,
  onChange,
}: {
  label: string
  options: readonly N[]
  value: N
  onChange: (n: N) => void
}) {
  return (
    <label className="viz-control">
      {label}{' '}
      <select value={value} onChange={(e) => onChange(Number(e.target.value) as N)}>
        {options.map((n) => (
          <option key={n} value={n}>
            top {n}
          </option>
        ))}
      </select>
    </label>
  )
}
