import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { z } from 'zod'
import { ArmsgraphError } from '../errors.js'
import type { ParsedYamlCache } from './parsed-yaml-cache.js'

/** Reads and validates one YAML file; a problem names the file, the key and what is wrong. */
export function readYaml<S extends z.ZodType>(
  file: string,
  schema: S,
  fallback?: unknown,
  cache?: ParsedYamlCache,
): { value: z.infer<S>; raw: string } {
  if (!existsSync(file)) {
    if (fallback !== undefined) return { value: schema.parse(fallback), raw: '' }
    throw new ArmsgraphError('ERR_DATA_INVALID', `missing data file ${file}`, { file })
  }
  const raw = readFileSync(file, 'utf8')
  let doc: unknown = cache?.get(file, raw)
  try {
    if (doc === undefined) doc = parse(raw)
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e)
    throw new ArmsgraphError('ERR_DATA_INVALID', `${file}: YAML syntax error: ${msg}`, { file })
  }
  const result = schema.safeParse(doc ?? fallback)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.join('.') || '(root)'
    throw new ArmsgraphError(
      'ERR_DATA_INVALID',
      `${file}: ${where}: ${issue?.message ?? 'invalid'}`,
      {
        file,
        issues: result.error.issues,
      },
    )
  }
  return { value: result.data, raw }
}
