import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { sql } from 'kysely'
import { ArmsgraphError } from '../errors.js'
import { SQLITE_BUSY_TIMEOUT_MS, type Store } from '../store/open-store.js'
import { allows, touchToken, type Role, type TokenInfo } from '../store/tokens.js'
import type { TokenCache } from './token-cache.js'
import type { RateLimiter } from './rate-limit.js'

/** Who is asking: a token's holder, or nobody (only with --public-read, only to read). */
export type Principal = { kind: 'token'; token: TokenInfo } | { kind: 'anonymous' }

/** What a route needs; routes say it in `config.access`, else GET needs viewer, writes analyst. */
export type Access = Role | 'public'

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
  }
}

export const SESSION_COOKIE = 'armsgraph_session'
/** A dashboard session lasts a working day; the token itself lives until revoked. */
export const SESSION_SECONDS = 12 * 3600
/** last_used_at is written at most this often per token: reads must not become writes. */
const TOUCH_EVERY_MS = 60_000

export interface AuthOptions {
  store: Store
  tokens: TokenCache
  /** Lets requests without a token read (GET as a viewer); writing always needs a token. */
  publicRead: boolean
  limiter: RateLimiter | null
  clock?: () => Date
}

/**
 * Records a token's last use, unless another process holds the write lock right now. SQLite
 * waits for a busy lock synchronously, which would freeze every request behind one bookkeeping
 * write while an ingest commits; so on SQLite the write does not wait, and on failure the next
 * request after a minute tries again.
 */
async function touchWithoutWaiting(store: Store, id: string, now: string): Promise<void> {
  if (store.dialect !== 'sqlite') {
    await touchToken(store.db, id, now)
    return
  }
  try {
    await store.db.connection().execute(async (conn) => {
      await sql`PRAGMA busy_timeout = 0`.execute(conn)
      try {
        await touchToken(conn, id, now)
      } finally {
        await sql`PRAGMA busy_timeout = ${sql.lit(SQLITE_BUSY_TIMEOUT_MS)}`.execute(conn)
      }
    })
  } catch {
    // Busy: last_used_at is a hint, not a record; the audit log is the record.
  }
}

const principals = new WeakMap<FastifyRequest, Principal>()

/** Who sent the request, as the auth hook found it. */
export function principalOf(req: FastifyRequest): Principal {
  return principals.get(req) ?? { kind: 'anonymous' }
}

/** The audit log's name for a principal. */
export function actorOf(p: Principal): string {
  return p.kind === 'token' ? `token:${p.token.id}:${p.token.name}` : 'anonymous'
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return null
}

/** The token a request carries: `Authorization: Bearer …` first, else the dashboard's cookie. */
export function presentedToken(req: FastifyRequest): string | null {
  const auth = req.headers.authorization
  if (auth !== undefined) {
    const m = /^Bearer ([\w-]{1,200})$/i.exec(auth.trim())
    if (!m?.[1])
      throw new ArmsgraphError('ERR_UNAUTHORIZED', 'Authorization must be "Bearer TOKEN"')
    return m[1]
  }
  return cookieValue(req.headers.cookie, SESSION_COOKIE)
}

export function sessionCookie(token: string, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${SESSION_SECONDS}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ')
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`
}

/**
 * Checks every /api request before its handler: who it is (token or anonymous), whether that
 * role may call the route, and the per-client rate limit. Static dashboard files hold no data
 * and are served to anyone; the app asks for a token when the API answers 401.
 */
export function installAuth(app: FastifyInstance, opts: AuthOptions): void {
  const clock = opts.clock ?? (() => new Date())
  const touched = new Map<string, number>()

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith('/api/')) return
    const need: Access =
      req.routeOptions.config.access ??
      (req.method === 'GET' || req.method === 'HEAD' ? 'viewer' : 'analyst')
    if (need === 'public') return
    const presented = presentedToken(req)
    const token = presented === null ? null : await opts.tokens.find(presented)
    // Limited before anything else is said, so guessing tokens is limited too.
    const limited = opts.limiter?.take(token ? token.id : `ip:${req.ip}`, clock().getTime())
    if (limited && !limited.ok) {
      void reply.header('retry-after', String(limited.retryAfterS))
      throw new ArmsgraphError(
        'ERR_RATE_LIMITED',
        `too many requests: retry in ${limited.retryAfterS} s`,
      )
    }
    if (presented !== null && token === null) {
      if (req.headers.authorization === undefined)
        void reply.header('set-cookie', clearedSessionCookie())
      throw new ArmsgraphError('ERR_UNAUTHORIZED', 'the token is unknown or has been revoked')
    }
    if (token) principals.set(req, { kind: 'token', token })
    if (!token) {
      if (opts.publicRead && need === 'viewer') return
      throw new ArmsgraphError(
        'ERR_UNAUTHORIZED',
        'this API needs a token: send "Authorization: Bearer TOKEN" (armsgraph token create)',
      )
    }
    if (!allows(token.role, need)) {
      throw new ArmsgraphError(
        'ERR_FORBIDDEN',
        `a ${token.role} token may not do this (it needs ${need})`,
      )
    }
    const now = clock().getTime()
    if (now - (touched.get(token.id) ?? 0) > TOUCH_EVERY_MS) {
      touched.set(token.id, now)
      await touchWithoutWaiting(opts.store, token.id, clock().toISOString())
    }
  })
}
