import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { ArmsgraphError } from '../errors.js'
import { listAudit, recordAudit } from '../store/audit.js'
import type { Store } from '../store/open-store.js'
import { createToken, findToken, listTokens, revokeToken, ROLES } from '../store/tokens.js'
import {
  actorOf,
  clearedSessionCookie,
  presentedToken,
  principalOf,
  sessionCookie,
} from './auth.js'
import { parse } from './parse.js'
import type { TokenCache } from './token-cache.js'

export const SessionBody = z.object({ token: z.string().min(1).max(200) }).strict()
export const TokenBody = z
  .object({ name: z.string().trim().min(1).max(100), role: z.enum(ROLES) })
  .strict()
export const TokenId = z.object({ id: z.string().regex(/^tok_[0-9a-f]{12}$/) }).strict()
export const AuditQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    before: z.coerce.number().int().min(1).optional(),
    actor: z.string().max(300).optional(),
    action: z.string().max(40).optional(),
  })
  .strict()

/**
 * Sessions for the dashboard (the token in an HttpOnly, SameSite=Strict cookie, so page scripts
 * never hold it and other sites cannot ride it), who-am-I, and the admin's tokens and audit log.
 */
export function registerAccessRoutes(
  app: FastifyInstance,
  opts: { store: Store; tokens: TokenCache; clock: () => Date; publicRead: boolean },
): void {
  const { store, clock } = opts

  app.get('/api/v1/me', { config: { access: 'public' } }, async (req) => {
    const presented = presentedToken(req)
    const token = presented === null ? null : await findToken(store.db, presented)
    return {
      authenticated: token !== null,
      token: token ? { id: token.id, name: token.name, role: token.role } : null,
      public_read: opts.publicRead,
    }
  })
  app.post('/api/v1/session', { config: { access: 'public' } }, async (req, reply) => {
    const { token } = parse(SessionBody, req.body, 'body')
    const info = await findToken(store.db, token)
    if (!info)
      throw new ArmsgraphError('ERR_UNAUTHORIZED', 'the token is unknown or has been revoked')
    void reply.header('set-cookie', sessionCookie(token, req.protocol === 'https'))
    return { id: info.id, name: info.name, role: info.role }
  })
  app.delete('/api/v1/session', { config: { access: 'public' } }, (_req, reply) => {
    void reply.header('set-cookie', clearedSessionCookie()).status(204)
    return reply.send()
  })

  app.get('/api/v1/tokens', { config: { access: 'admin' } }, async () => ({
    tokens: await listTokens(store.db),
  }))
  app.post('/api/v1/tokens', { config: { access: 'admin' } }, async (req, reply) => {
    const body = parse(TokenBody, req.body, 'body')
    const now = clock().toISOString()
    const { info, token } = await createToken(store.db, { ...body, now })
    await recordAudit(store.db, {
      at: now,
      actor: actorOf(principalOf(req)),
      action: 'token.create',
      target: info.id,
      detail: { name: info.name, role: info.role },
    })
    void reply.status(201)
    // The only time the secret is shown.
    return { ...info, token }
  })
  app.delete('/api/v1/tokens/:id', { config: { access: 'admin' } }, async (req) => {
    const { id } = parse(TokenId, req.params, 'path')
    const now = clock().toISOString()
    const info = await revokeToken(store.db, id, now)
    opts.tokens.clear()
    await recordAudit(store.db, {
      at: now,
      actor: actorOf(principalOf(req)),
      action: 'token.revoke',
      target: id,
      detail: { name: info.name },
    })
    return info
  })
  app.get('/api/v1/audit', { config: { access: 'admin' } }, async (req) => {
    const q = parse(AuditQuery, req.query, 'query')
    const entries = await listAudit(store.db, {
      limit: q.limit,
      ...(q.before !== undefined ? { beforeSeq: q.before } : {}),
      ...(q.actor ? { actor: q.actor } : {}),
      ...(q.action ? { action: q.action } : {}),
    })
    return { entries, next_before: entries.length === q.limit ? entries.at(-1)?.seq : null }
  })
}
