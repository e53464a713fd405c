import { ArmsgraphError, isArmsgraphError, type ErrorCode } from '../../errors.js'
import type { SourceEntry } from './types.js'

/**
 * An error thrown by the caller's own `isKnownUrl`: a broken store is the caller's problem, not
 * the document's, so it leaves the generator instead of becoming a failure entry.
 */
export class CallerError extends Error {
  constructor(readonly original: unknown) {
    super('isKnownUrl failed', { cause: original })
  }
}

/** Node's file errors in words the failure log can carry. */
function fromErrno(origin: string, e: NodeJS.ErrnoException): ArmsgraphError {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') {
    return new ArmsgraphError('ERR_INPUT_NOT_FOUND', `no such file: ${origin}`)
  }
  return new ArmsgraphError('ERR_INPUT_NOT_FOUND', `cannot read ${origin} (${e.code})`)
}

/** Any thrown value as a failure entry; only a CallerError goes on up. */
export function failureOf(origin: string, e: unknown): SourceEntry {
  if (e instanceof CallerError) throw e.original
  if (isArmsgraphError(e)) return { ok: false, origin, error: e }
  const errno = e as NodeJS.ErrnoException
  if (e instanceof Error && typeof errno.code === 'string' && errno.syscall !== undefined) {
    return { ok: false, origin, error: fromErrno(origin, errno) }
  }
  const message = `${origin}: unexpected error (${e instanceof Error ? e.message : String(e)})`
  return {
    ok: false,
    origin,
    error: new ArmsgraphError('ERR_INTERNAL', message, undefined, { cause: e }),
  }
}

export function failure(origin: string, code: ErrorCode, message: string): SourceEntry {
  return { ok: false, origin, error: new ArmsgraphError(code, message) }
}
