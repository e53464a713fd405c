/** A one-line progress display on stderr for a terminal; nothing at all otherwise. */
export interface Progress {
  update(done: number, label: string): void
  /** Learn (or correct) how much work there is: the bar and ETA appear once it is known. */
  setTotal(total: number | null): void
  finish(): void
}

const BAR = 24

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  if (seconds < 60) return `${Math.ceil(seconds)}s`
  const m = Math.floor(seconds / 60)
  return m < 60
    ? `${m}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`
}

/** The text of one progress line: bar (when the total is known), count, rate, ETA. */
export function progressLine(
  done: number,
  total: number | null,
  seconds: number,
  label: string,
): string {
  const rate = seconds > 0 ? done / seconds : 0
  const rateText = `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} docs/s`
  if (total === null || total <= 0) return `${done} ${label} · ${rateText}`
  const fraction = Math.min(1, done / total)
  const filled = Math.round(fraction * BAR)
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total} ${label} · ${rateText} · ETA ${duration(eta)}`
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY)
    return { update: () => undefined, setTotal: () => undefined, finish: () => undefined }
  const started = performance.now()
  let total: number | null = null
  let last = 0
  let shown = false
  return {
    setTotal(t) {
      total = t
    },
    update(done, label) {
      const now = performance.now()
      // Redrawing on every document would cost more than the work at 1,000 docs/s.
      if (now - last < 100) return
      last = now
      shown = true
      const line = progressLine(done, total, (now - started) / 1000, label)
      stream.write(`\r${line.slice(0, (stream.columns || 80) - 1)}\u001b[K`)
    },
    finish() {
      if (shown) stream.write('\r\u001b[K')
    },
  }
}
