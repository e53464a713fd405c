import { z } from 'zod'
import { declaredLanguage } from './declared-language.js'
import { publishedDay } from './published-day.js'

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

const NonBlank = z.string().refine((s) => s.trim() !== '', 'must not be blank')

/**
 * One JSON Lines record: `{title?, text|html, url?, publisher?, publisher_country?, published?,
 * language?}`. Other keys are ignored, so exports with extra fields (id, author) load as they are;
 * null counts as absent.
 */
export const JsonlRecord = z
  .object({
    title: z.string().nullish(),
    text: NonBlank.nullish(),
    html: NonBlank.nullish(),
    url: z
      .string()
      .refine(isHttpUrl, 'must be an absolute http(s) URL')
      .transform((u) => new URL(u).href)
      .nullish(),
    publisher: z.string().nullish(),
    publisher_country: z
      .string()
      .regex(/^[a-z]{2}$/i, 'must be an ISO 3166-1 alpha-2 code such as "KR"')
      .transform((c) => c.toUpperCase())
      .nullish(),
    published: z
      .string()
      .transform((value, ctx) => {
        const day = publishedDay(value)
        if (day === null) {
          ctx.addIssue({
            code: 'custom',
            message: 'must be YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp',
          })
          return z.NEVER
        }
        return day
      })
      .nullish(),
    language: z
      .string()
      .refine(
        (l) => declaredLanguage(l) !== null,
        'must be a language code such as "en" or "fr-FR"',
      )
      .nullish(),
  })
  .refine((r) => (r.text == null) !== (r.html == null), {
    message: 'exactly one of "text" and "html" is required',
  })

export type JsonlRecordT = z.infer<typeof JsonlRecord>

/** The record on one line, or a one-line reason why it is not one. */
export function parseJsonlRecord(line: string): { record: JsonlRecordT } | { problem: string } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (e) {
    return { problem: `not JSON (${e instanceof Error ? e.message : String(e)})` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'not a JSON object' }
  }
  const result = JsonlRecord.safeParse(value)
  if (result.success) return { record: result.data }
  const issue = result.error.issues[0]
  const field = issue?.path.join('.')
  return { problem: field ? `"${field}" ${issue?.message}` : (issue?.message ?? 'invalid record') }
}
