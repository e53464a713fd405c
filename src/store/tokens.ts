import { createHash, randomBytes } from 'node:crypto'
import { ArmsgraphError } from '../errors.js'
import type { Writer } from './write-documents.js'

export const ROLES = ['viewer', 'analyst', 'admin'] as const
export type Role = (typeof ROLES)[number]

const RANK: Record<Role, number> = { viewer: 1, analyst: 2, admin: 3 }

/** Whether `have` may do what `need` may: admins do everything analysts do, and so on. */
export function allows(have: Role, need: Role): boolean {
  return RANK[have] >= RANK[need]
}

export interface TokenInfo {
  id: string
  name: string
  role: Role
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

/** 32 random bytes: long enough that a fast hash at rest is safe (no password to guess). */
function newSecret(): string {
  return `ag_${randomBytes(32).toString('base64url')}`
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Creates a token; the returned secret exists nowhere else and cannot be shown again. */
export async function createToken(
  db: Writer,
  opts: { name: string; role: Role; now: string },
): Promise<{ info: TokenInfo; token: string }> {
  const token = newSecret()
  const info: TokenInfo = {
    id: `tok_${randomBytes(6).toString('hex')}`,
    name: opts.name,
    role: opts.role,
    created_at: opts.now,
    last_used_at: null,
    revoked_at: null,
  }
  await db
    .insertInto('api_tokens')
    .values({ ...info, hash: tokenHash(token) })
    .execute()
  return { info, token }
}

/** The live (not revoked) token with this secret, or null. */
export async function findToken(db: Writer, token: string): Promise<TokenInfo | null> {
  // Well-formed tokens only: anything else cannot match and is not worth a query.
  if (!/^ag_[\w-]{43}$/.test(token)) return null
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'role', 'created_at', 'last_used_at', 'revoked_at'])
    .where('hash', '=', tokenHash(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return row ? { ...row, role: row.role as Role } : null
}

export async function touchToken(db: Writer, id: string, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute()
}

export async function listTokens(db: Writer): Promise<TokenInfo[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'role', 'created_at', 'last_used_at', 'revoked_at'])
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ ...r, role: r.role as Role }))
}

/** Revokes a token by id; revoking twice is harmless, an unknown id is an error. */
export async function revokeToken(db: Writer, id: string, now: string): Promise<TokenInfo> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw new ArmsgraphError('ERR_NOT_FOUND', `no token ${id}`)
  if (row.revoked_at === null) {
    await db.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).execute()
  }
  const all = await listTokens(db)
  const info = all.find((t) => t.id === id)
  if (!info) throw new ArmsgraphError('ERR_NOT_FOUND', `no token ${id}`)
  return info
}
