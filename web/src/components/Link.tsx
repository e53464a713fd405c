import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { go, resolveHref, useLocation } from '../router'

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An app path; the current filters are kept unless it carries its own query. */
  to: string
}

/** An in-app link: a real href (so open-in-new-tab and copy-link work), a pushState on click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const { search } = useLocation()
  const href = resolveHref(to, search)
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e)
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return
    e.preventDefault()
    go(href)
  }
  return <a href={href} onClick={handle} {...rest} />
}
