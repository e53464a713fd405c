import { homedir } from 'node:os'
import { join } from 'node:path'
import { ArmsgraphError } from '../errors.js'
import type { DialectName } from './dialect.js'

export interface StoreLocation {
  dialect: DialectName
  /** A file path or ':memory:' for SQLite; the connection URL (without `schema`) for PostgreSQL. */
  target: string
  /** PostgreSQL schema to work in (`?schema=` in the URL); null = the server's default. */
  schema: string | null
  /** What messages show: never the password. */
  display: string
}

/** `$XDG_DATA_HOME/armsgraph/armsgraph.db`, else `~/.local/share/armsgraph/armsgraph.db`. */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME?.trim() || join(homedir(), '.local', 'share')
  return join(base, 'armsgraph', 'armsgraph.db')
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

function postgresLocation(spec: string): StoreLocation {
  let url: URL
  try {
    url = new URL(spec)
  } catch {
    throw new ArmsgraphError('ERR_CONFIG', `cannot parse the database URL ${redact(spec)}`)
  }
  const schema = url.searchParams.get('schema')
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new ArmsgraphError(
      'ERR_CONFIG',
      `schema "${schema}" in the database URL must be lower-case letters, digits and _`,
    )
  }
  url.searchParams.delete('schema')
  return { dialect: 'postgres', target: url.toString(), schema, display: redact(spec) }
}

/** The URL with any password replaced by ***, for messages and logs. */
export function redact(spec: string): string {
  try {
    const url = new URL(spec)
    if (url.password) url.password = '***'
    return url.toString()
  } catch {
    return spec.replace(/:[^:@/]*@/, ':***@')
  }
}

/**
 * Where the store is: `--db` wins, then ARMSGRAPH_DB, then the default SQLite file. A value
 * starting with postgres:// or postgresql:// is a PostgreSQL server; anything else is a file.
 */
export function locateStore(
  spec?: string | null,
  env: NodeJS.ProcessEnv = process.env,
): StoreLocation {
  const chosen = spec?.trim() || env.ARMSGRAPH_DB?.trim() || defaultStorePath(env)
  if (/^postgres(?:ql)?:\/\//i.test(chosen)) return postgresLocation(chosen)
  const path = chosen.replace(/^sqlite:(?:\/\/)?/i, '')
  return { dialect: 'sqlite', target: path, schema: null, display: path }
}
