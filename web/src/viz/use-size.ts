import { useEffect, useState, type RefObject } from 'react'

export interface Size {
  width: number
  height: number
}

/**
 * The rendered size of an element, kept current with a ResizeObserver so the views redraw when
 * the window or the shell's layout changes. Starts at 0×0 until the first observation.
 */
export function useSize(ref: RefObject<Element | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 })
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect
      if (!box) return
      // Whole pixels: sub-pixel jitter would otherwise re-render (and re-fit) in a loop.
      const next = { width: Math.round(box.width), height: Math.round(box.height) }
      setSize((prev) => (prev.width === next.width && prev.height === next.height ? prev : next))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return size
}
