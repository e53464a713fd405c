import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ArmsgraphError } from '../../errors.js'
import { isIngestible } from './source-kind.js'

/** A file to read, or a folder that could not be listed (it becomes one failure entry). */
export type FolderEntry = { path: string; error: null } | { path: string; error: ArmsgraphError }

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

/** A symlink is taken when it points at an ingestible file; a link to a folder is never followed. */
async function isLinkedFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false // a dangling link is not a file anyone meant to ingest
  }
}

/**
 * Ingestible files under a folder, depth first, each folder's entries in code-unit order of
 * their names, so two runs see the same order. Hidden files and folders (a leading dot) are
 * skipped, and symlinked folders are not entered, so a link loop cannot trap the walk.
 */
export async function* walkFolder(dir: string): AsyncGenerator<FolderEntry> {
  let entries: Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'I/O error'
    const error = new ArmsgraphError('ERR_INPUT_NOT_FOUND', `cannot list folder ${dir} (${code})`)
    yield { path: dir, error }
    return
  }
  for (const entry of entries.sort(byName)) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walkFolder(path)
    else if (!isIngestible(path)) continue
    else if (entry.isFile() || (entry.isSymbolicLink() && (await isLinkedFile(path)))) {
      yield { path, error: null }
    }
  }
}
