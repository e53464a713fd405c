import { isPartialDate } from '../contract/partial-date.js'
import { ArmsgraphError } from '../errors.js'

/** A flag value from a closed list, or a one-line usage error naming the choices. */
export function choice<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new ArmsgraphError(
    'ERR_USAGE',
    `${flag} must be one of ${allowed.join(', ')}, not "${value}"`,
  )
}

export function optionalChoice<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new ArmsgraphError(
    'ERR_USAGE',
    `${flag} must be one of ${allowed.join(', ')}, not "${value}"`,
  )
}

export function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0)
    throw new ArmsgraphError('ERR_USAGE', `${flag} must be a positive integer, not "${value}"`)
  return n
}

export function nonNegativeInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new ArmsgraphError('ERR_USAGE', `${flag} must be a whole number ≥ 0, not "${value}"`)
  return n
}

export function partialDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!isPartialDate(value))
    throw new ArmsgraphError(
      'ERR_USAGE',
      `${flag} must be YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`,
    )
  return value
}

/** An actor id as the store keeps it: ISO alpha-2 in upper case, group slugs in lower case. */
export function actorId(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const v = value.trim()
  return /^[a-z]{2}$/i.test(v) ? v.toUpperCase() : v.toLowerCase()
}

/** Table width: the terminal's on a TTY; unlimited into a pipe or file, where nothing wraps. */
export function tableWidth(): number {
  return process.stdout.isTTY ? process.stdout.columns || 120 : Number.MAX_SAFE_INTEGER
}
