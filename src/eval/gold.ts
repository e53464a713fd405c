import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import {
  CategorySchema,
  CertaintySchema,
  PartialDateSchema,
  PhaseSchema,
  StanceSchema,
} from '../contract/extraction.js'
import { ArmsgraphError } from '../errors.js'

// gold.json as described in ../shared/eval/SCHEMA.md. Unknown keys are ignored so annotators can
// add bookkeeping fields, but every field the scorer reads is required and typed.

/** ISO 3166-1 alpha-2 for states ("KP"), a lowercase slug for other actors ("hezbollah"). */
const ActorId = z.string().regex(/^(?:[A-Z]{2}|[a-z0-9][a-z0-9-]*)$/, 'expected an actor id')

export const GoldTransferSchema = z.object({
  supplier: ActorId,
  recipient: ActorId,
  categories: z.array(CategorySchema).min(1),
  phase: PhaseSchema,
  certainty: CertaintySchema,
  in_headline_only: z.boolean(),
  evidence: z.string(),
})
export type GoldTransfer = z.infer<typeof GoldTransferSchema>

export const GoldClaimSchema = z.object({
  speaker: z.string().min(1),
  // null when the speaker stands for no state (the UN, an NGO).
  speaker_country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  supplier: ActorId,
  recipient: ActorId,
  stance: StanceSchema,
})
export type GoldClaim = z.infer<typeof GoldClaimSchema>

export const GoldSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  url: z.string().nullable(),
  license: z.string(),
  language: z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code'),
  published: PartialDateSchema.nullable(),
  transfers: z.array(GoldTransferSchema),
  claims: z.array(GoldClaimSchema).optional(),
  notes: z.string().optional(),
})
export type Gold = z.infer<typeof GoldSchema>

/** One annotated document: its folder name, where doc.txt is, and the parsed annotation. */
export interface GoldCase {
  name: string
  docPath: string
  gold: Gold
}

/**
 * Loads a gold folder: either one case (the folder holds gold.json) or every immediate subfolder
 * holding doc.txt + gold.json, sorted by name so reports are in a stable order.
 */
export function loadGoldDir(dir: string): GoldCase[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ArmsgraphError('ERR_INPUT_NOT_FOUND', `gold folder not found: ${dir}`, { dir })
  }
  if (existsSync(join(dir, 'gold.json'))) return [loadGoldCase(dir, dir)]
  const names = readdirSync(dir)
    .filter((name) => isCaseFolder(join(dir, name)))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (names.length === 0) {
    throw new ArmsgraphError('ERR_INPUT_NOT_FOUND', `no doc.txt + gold.json folders in ${dir}`, {
      dir,
    })
  }
  return names.map((name) => loadGoldCase(join(dir, name), name))
}

function isCaseFolder(path: string): boolean {
  return (
    statSync(path, { throwIfNoEntry: false })?.isDirectory() === true &&
    existsSync(join(path, 'doc.txt')) &&
    existsSync(join(path, 'gold.json'))
  )
}

function loadGoldCase(dir: string, name: string): GoldCase {
  const docPath = join(dir, 'doc.txt')
  if (!existsSync(docPath)) {
    throw new ArmsgraphError('ERR_INPUT_NOT_FOUND', `missing doc.txt beside gold.json in ${dir}`, {
      dir,
    })
  }
  return { name, docPath, gold: parseGoldFile(join(dir, 'gold.json')) }
}

/** Reads and validates one gold.json; any problem is one ERR_GOLD_INVALID line naming the file. */
export function parseGoldFile(file: string): Gold {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new ArmsgraphError(
      'ERR_GOLD_INVALID',
      `${file}: not valid JSON: ${why}`,
      { file },
      {
        cause: e,
      },
    )
  }
  const parsed = GoldSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues
  const first = issues[0]
  const where = first && first.path.length > 0 ? first.path.join('.') : '(root)'
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : ''
  throw new ArmsgraphError('ERR_GOLD_INVALID', `${file}: ${where}: ${first?.message}${more}`, {
    file,
    issues,
  })
}
