/** The only place error codes are declared; docs/errors.md lists every one with cause and fix. */
export const ERRORS = {
  ERR_USAGE: { status: 400, exit: 2 },
  ERR_VALIDATION: { status: 400, exit: 2 },
  ERR_INPUT_NOT_FOUND: { status: 404, exit: 1 },
  ERR_INPUT_IS_DIRECTORY: { status: 400, exit: 1 },
  ERR_INPUT_EMPTY: { status: 400, exit: 1 },
  ERR_INPUT_BINARY: { status: 415, exit: 1 },
  ERR_INPUT_ENCODING: { status: 415, exit: 1 },
  ERR_INPUT_TOO_LARGE: { status: 413, exit: 1 },
  ERR_FETCH_BLOCKED: { status: 403, exit: 1 },
  ERR_FETCH_FAILED: { status: 502, exit: 1 },
  ERR_FEED_INVALID: { status: 422, exit: 1 },
  ERR_NOT_FOUND: { status: 404, exit: 1 },
  ERR_UNAUTHORIZED: { status: 401, exit: 1 },
  ERR_FORBIDDEN: { status: 403, exit: 1 },
  ERR_RATE_LIMITED: { status: 429, exit: 1 },
  ERR_DATA_INVALID: { status: 500, exit: 1 },
  ERR_GOLD_INVALID: { status: 400, exit: 1 },
  ERR_CONFIG: { status: 500, exit: 1 },
  ERR_STORE: { status: 503, exit: 1 },
  ERR_BACKUP_INVALID: { status: 422, exit: 1 },
  ERR_CONFLICT: { status: 409, exit: 1 },
  ERR_OUTPUT_FAILED: { status: 500, exit: 1 },
  ERR_INTERNAL: { status: 500, exit: 1 },
} as const satisfies Record<string, { status: number; exit: number }>

export type ErrorCode = keyof typeof ERRORS

export class ArmsgraphError extends Error {
  override readonly name = 'ArmsgraphError'
  readonly status: number
  readonly exitCode: number
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options?: ErrorOptions,
  ) {
    // Messages are one line: they end up as `armsgraph: <message> [<code>]` on stderr.
    super(
      message
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' '),
      options,
    )
    this.status = ERRORS[code].status
    this.exitCode = ERRORS[code].exit
  }
}

export function isArmsgraphError(e: unknown): e is ArmsgraphError {
  return e instanceof ArmsgraphError
}
