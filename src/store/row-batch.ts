import { sql, type Transaction } from 'kysely'
import { damaged, type BackupRow } from './backup-format.js'
import type { Database } from './schema.js'

// Bound parameters per INSERT stay under SQLite's 32,766 (PostgreSQL allows 65,535).
const MAX_PARAMS = 30_000
const MAX_ROWS = 500
// Large documents: flush early so memory holds a few MiB of rows, not a page of 64 MiB texts.
const MAX_BYTES = 4 << 20

/**
 * Gathers restored rows into multi-row INSERTs: one statement per row would make a million
 * documents take minutes longer. Rows of one statement share a table and a column set (an older
 * backup may lack columns added since; the store fills their defaults).
 */
export class RowBatch {
  private table = ''
  private columns: string[] = []
  private rows: BackupRow[] = []
  private bytes = 0
  private firstLine = 0

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly file: string,
  ) {}

  async add(table: string, row: BackupRow, size: number, line: number): Promise<void> {
    const columns = Object.keys(row)
    const same = table === this.table && columns.join(',') === this.columns.join(',')
    const full =
      this.rows.length >= Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / Math.max(1, columns.length)))
    if (!same || full || this.bytes + size > MAX_BYTES) await this.flush()
    if (this.rows.length === 0) {
      this.table = table
      this.columns = columns
      this.firstLine = line
    }
    this.rows.push(row)
    this.bytes += size
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return
    const cols = this.columns
    const values = this.rows.map((r) => sql`(${sql.join(cols.map((c) => r[c] ?? null))})`)
    try {
      await sql`INSERT INTO ${sql.table(this.table)} (${sql.join(cols.map((c) => sql.ref(c)))})
        VALUES ${sql.join(values)}`.execute(this.trx)
    } catch (e) {
      throw damaged(
        this.file,
        `the store refused ${this.table} rows from line ${this.firstLine} on: ${(e as Error).message}`,
        e,
      )
    }
    this.rows = []
    this.bytes = 0
  }
}
