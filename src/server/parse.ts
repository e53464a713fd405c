import type { z } from 'zod'
import { ArmsgraphError } from '../errors.js'

/** Validates a request part; the first problem as one line: "query limit: must be at most 500". */
export function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value ?? {})
  if (result.success) return result.data as z.infer<T>
  const issue = result.error.issues[0]
  const path = issue?.path.join('.') ?? ''
  const message =
    issue?.code === 'unrecognized_keys'
      ? `unknown parameter(s) ${issue.keys.join(', ')}`
      : (issue?.message ?? 'invalid')
  throw new ArmsgraphError('ERR_VALIDATION', `${where}${path ? ` ${path}` : ''}: ${message}`)
}
