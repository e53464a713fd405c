import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import { ArmsgraphError } from '../errors.js'
import type { DialectName } from './dialect.js'
import { initialMigration } from './migrations/0001-initial.js'
import { assessmentsMigration } from './migrations/0002-assessments.js'
import { viewIndexesMigration } from './migrations/0003-view-indexes.js'
import { accessMigration } from './migrations/0004-access.js'
import type { Database } from './schema.js'

/** Every migration, in order; names sort in application order and never change once released. */
function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-assessments': assessmentsMigration,
    '0003-view-indexes': viewIndexesMigration,
    '0004-access': accessMigration(dialect),
  }
}

class InCodeMigrations implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(migrations(this.dialect))
  }
}

/** Brings the schema up to date; a store migrated by a newer armsgraph is refused, not damaged. */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: DialectName,
  schema: string | null = null,
): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema unless told where: with two
  // armsgraph stores in one PostgreSQL database it would find the other store's.
  const migrator = new Migrator({
    db,
    provider: new InCodeMigrations(dialect),
    ...(dialect === 'postgres' ? { migrationTableSchema: schema ?? 'public' } : {}),
  })
  const { error, results } = await migrator.migrateToLatest()
  if (!error) return
  const failed = results?.find((r) => r.status === 'Error')
  const reason = error instanceof Error ? error.message : String(error)
  if (/corrupted migrations/i.test(reason)) {
    throw new ArmsgraphError(
      'ERR_STORE',
      'the store was written by a newer armsgraph (unknown migrations): upgrade armsgraph',
    )
  }
  throw new ArmsgraphError(
    'ERR_STORE',
    `migration ${failed?.migrationName ?? '?'} failed: ${reason}`,
    undefined,
    { cause: error },
  )
}

export function knownMigrations(dialect: DialectName): string[] {
  return Object.keys(migrations(dialect))
}
