import {
  CompiledQuery,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type TransactionSettings,
} from 'kysely'

/**
 * SQLite with write transactions that take the write lock when they begin. Kysely's plain BEGIN
 * is deferred: a transaction that reads first and writes later fails with SQLITE_BUSY_SNAPSHOT
 * ("database is locked", no waiting) when another process commits in between. BEGIN IMMEDIATE
 * waits for the lock up front, within the busy timeout, and then cannot lose it. Read-only
 * transactions (backups) stay deferred so they never block writers.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver()
    driver.beginTransaction = async (
      connection: DatabaseConnection,
      settings: TransactionSettings,
    ) => {
      const begin = settings.accessMode === 'read only' ? 'begin' : 'begin immediate'
      await connection.executeQuery(CompiledQuery.raw(begin))
    }
    return driver
  }
}
