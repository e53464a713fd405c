import { z } from 'zod'
import { ArmsgraphError } from '../errors.js'
import { tableSpec } from './backup-tables.js'

/**
 * The archive: gzip'd JSON Lines. Line 1 is the header, then one `{t, r}` line per row, table by
 * table in BACKUP_TABLES order, then a trailer with the row counts and the sha256 of every row
 * line (newline included), so a cut or altered file is caught before the restore commits.
 */
export const BACKUP_FORMAT = 'armsgraph-backup'
export const BACKUP_VERSION = 1

export type BackupValue = string | number | null
export type BackupRow = Record<string, BackupValue>
export type TableCounts = Record<string, number>

const counts = z.record(z.string(), z.number().int().nonnegative())

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  armsgraph: z.string(),
  migrations: z.array(z.string()),
  created_at: z.string(),
  counts,
})
export type BackupHeader = z.infer<typeof headerSchema>

const trailerSchema = z.object({
  trailer: z.literal(true),
  counts,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
export type BackupTrailer = z.infer<typeof trailerSchema>

export interface RowEntry {
  table: string
  row: BackupRow
}

export function damaged(file: string, reason: string, cause?: unknown): ArmsgraphError {
  return new ArmsgraphError(
    'ERR_BACKUP_INVALID',
    `${file} is not a usable armsgraph backup: ${reason}`,
    { file },
    cause === undefined ? undefined : { cause },
  )
}

function parseJson(bytes: Buffer, file: string, where: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown
  } catch (e) {
    throw damaged(file, `${where} is not JSON`, e)
  }
}

/**
 * The header, checked against what this armsgraph can restore: a newer archive format, or
 * migrations this version never heard of (a store written by a newer armsgraph), are refused.
 */
export function parseHeader(
  bytes: Buffer | undefined,
  file: string,
  knownMigrations: readonly string[],
): BackupHeader {
  if (bytes === undefined) throw damaged(file, 'it is empty')
  const parsed = headerSchema.safeParse(parseJson(bytes, file, 'the header'))
  if (!parsed.success) throw damaged(file, 'the first line is not an armsgraph backup header')
  const header = parsed.data
  if (header.version > BACKUP_VERSION)
    throw damaged(
      file,
      `it was written by a newer armsgraph (${header.armsgraph}) in archive format ${header.version}; upgrade armsgraph to restore it`,
    )
  if (header.version !== BACKUP_VERSION)
    throw damaged(file, `archive format ${header.version} is unknown`)
  const unknown = header.migrations.filter((m) => !knownMigrations.includes(m))
  if (unknown.length > 0)
    throw damaged(
      file,
      `it was written by a newer armsgraph (${header.armsgraph}) with migrations this version does not know (${unknown.join(', ')}); upgrade armsgraph to restore it`,
    )
  return header
}

function isValue(v: unknown): v is BackupValue {
  return v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))
}

/** A row line, or the trailer. Column names are checked here: they reach SQL as identifiers. */
export function parseEntry(bytes: Buffer, file: string, line: number): RowEntry | BackupTrailer {
  const value = parseJson(bytes, file, `line ${line}`)
  if (typeof value === 'object' && value !== null && 'trailer' in value) {
    const parsed = trailerSchema.safeParse(value)
    if (!parsed.success) throw damaged(file, `line ${line}: malformed trailer`)
    return parsed.data
  }
  const { t, r } = (value ?? {}) as { t?: unknown; r?: unknown }
  const spec = typeof t === 'string' ? tableSpec(t) : undefined
  if (!spec) throw damaged(file, `line ${line}: not a row of a known table`)
  if (typeof r !== 'object' || r === null || Array.isArray(r))
    throw damaged(file, `line ${line}: the row is not an object`)
  const columns: readonly string[] = spec.columns
  const missing = spec.key.find((k) => !(k in r))
  if (missing) throw damaged(file, `line ${line}: the ${spec.name} row has no ${missing}`)
  for (const [k, v] of Object.entries(r)) {
    if (!columns.includes(k)) throw damaged(file, `line ${line}: ${spec.name} has no column "${k}"`)
    if (!isValue(v))
      throw damaged(file, `line ${line}: ${spec.name}.${k} is not text, a number or null`)
  }
  return { table: spec.name, row: r as BackupRow }
}
