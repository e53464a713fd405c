import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/**
 * Every file under `root` whose repository-relative path passes `keep`, sorted so that test
 * output and failure lists are stable across machines. Paths use `/` on every platform.
 */
export function walkFiles(root: string, keep: (path: string) => boolean, base = root): string[] {
  const out: string[] = []
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const full = join(root, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...walkFiles(full, keep, base))
      continue
    }
    const rel = relative(base, full).split(sep).join('/')
    if (entry.isFile() && keep(rel)) out.push(rel)
  }
  return out.sort()
}
