import { basename, extname } from 'node:path'

/** How a file is read: by its extension, or by sniffing its content when the extension is unknown. */
export type SourceKind = 'text' | 'html' | 'jsonl' | 'feed' | 'sniff'

const KIND_BY_EXTENSION: Readonly<Record<string, SourceKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
}

/** The extensions a folder walk picks up, for messages. */
export const INGESTIBLE_EXTENSIONS = Object.keys(KIND_BY_EXTENSION)

/** 'a/story.HTML' → 'html'; 'notes' or 'x.doc' → 'sniff'. */
export function sourceKind(path: string): SourceKind {
  return KIND_BY_EXTENSION[extname(path).toLowerCase()] ?? 'sniff'
}

/** A corpus folder's own notes (README.md, LICENSE.txt…) are not articles. */
const FOLDER_NOTES = new Set([
  'readme',
  'license',
  'licence',
  'changelog',
  'contributing',
  'notice',
])

function isFolderNote(path: string): boolean {
  const name = basename(path).toLowerCase()
  const stem = name.includes('.') ? name.slice(0, name.indexOf('.')) : name
  return FOLDER_NOTES.has(stem)
}

/**
 * Whether a folder walk takes the file: only the extensions above, never a guess, and never the
 * folder's own notes. A file named on the command line is read whatever its name.
 */
export function isIngestible(path: string): boolean {
  return sourceKind(path) !== 'sniff' && !isFolderNote(path)
}
