import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { z } from 'zod'
import { EmbargoesFile } from '../data/embargo-schema.js'
import { GroupsFile, StatesFile } from '../data/schema.js'
import { ArmsgraphError } from '../errors.js'
import type { Rules } from './types.js'

const DEFAULT_DIR = fileURLToPath(new URL('../../data', import.meta.url))

function readChecked<S extends z.ZodType>(
  path: string,
  schema: S,
): { value: z.infer<S>; raw: string } {
  let raw: string
  try {
    raw = readFileSync(path, 'utf8')
  } catch {
    throw new ArmsgraphError('ERR_DATA_INVALID', `cannot read ${path}`)
  }
  let doc: unknown
  try {
    doc = parse(raw)
  } catch (e) {
    throw new ArmsgraphError(
      'ERR_DATA_INVALID',
      `${path} is not valid YAML: ${(e as Error).message}`,
    )
  }
  const result = schema.safeParse(doc)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new ArmsgraphError(
      'ERR_DATA_INVALID',
      `${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    )
  }
  return { value: result.data as z.infer<S>, raw }
}

/**
 * Embargo rules from data/embargoes.yaml, checked against the entity files: every target state
 * and group must exist, and provisions must not end before they start.
 */
export function loadRules(dir: string = DEFAULT_DIR): Rules {
  const embargoes = readChecked(join(dir, 'embargoes.yaml'), EmbargoesFile)
  const states = readChecked(join(dir, 'entities', 'states.yaml'), StatesFile).value
  const groups = readChecked(join(dir, 'entities', 'groups.yaml'), GroupsFile).value
  const actors = new Set([...Object.keys(states), ...Object.keys(groups)])
  for (const inst of embargoes.value.instruments) {
    for (const p of inst.provisions) {
      const unknown = [...p.target.states, ...p.target.groups, ...p.target.armed_groups_in].find(
        (id) => !actors.has(id),
      )
      if (unknown) {
        throw new ArmsgraphError(
          'ERR_DATA_INVALID',
          `embargoes.yaml: ${inst.id} ${p.provision} targets unknown actor "${unknown}"`,
        )
      }
      if (p.end !== null && p.end <= p.start) {
        throw new ArmsgraphError(
          'ERR_DATA_INVALID',
          `embargoes.yaml: ${inst.id} ${p.provision} ends (${p.end}) before it starts (${p.start})`,
        )
      }
    }
  }
  const hash = createHash('sha256').update(embargoes.raw).update(JSON.stringify(groups))
  return {
    version: hash.digest('hex').slice(0, 12),
    instruments: embargoes.value.instruments,
    euMembers: embargoes.value.eu_members,
    groupBase: Object.fromEntries(
      Object.entries(groups).map(([id, g]) => [id, g.based_in ?? null]),
    ),
    actors,
    names: Object.fromEntries([
      ...Object.entries(states).map(([id, st]) => [id, st.name] as const),
      ...Object.entries(groups).map(([id, g]) => [id, g.name] as const),
    ]),
  }
}
