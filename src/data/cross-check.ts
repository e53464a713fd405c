import { ArmsgraphError } from '../errors.js'
import type { LoadedData } from './types.js'

/** Partial dates compare at the precision both have: "2025" is not before "2025-01". */
function isBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length)
  return a.slice(0, n) < b.slice(0, n)
}

function fail(file: string, key: string, problem: string): never {
  throw new ArmsgraphError('ERR_DATA_INVALID', `${file}: ${key}: ${problem}`, { file, key })
}

/** References between files must resolve: every id used exists. */
export function crossCheck(data: LoadedData): void {
  const isState = (id: string) => id in data.states
  for (const [id, g] of Object.entries(data.groups)) {
    if (id in data.states) fail('entities/groups.yaml', id, 'id collides with a state id')
    for (const s of g.sponsors)
      if (!isState(s)) fail('entities/groups.yaml', id, `unknown sponsor ${s}`)
  }
  for (const [id, b] of Object.entries(data.bodies)) {
    if (b.state && !isState(b.state)) fail('entities/bodies.yaml', id, `unknown state ${b.state}`)
  }
  const seen = new Set<string>()
  for (const o of data.officials) {
    if (seen.has(o.id)) fail('entities/officials.yaml', o.id, 'duplicate id')
    seen.add(o.id)
    if (o.state && !isState(o.state))
      fail('entities/officials.yaml', o.id, `unknown state ${o.state}`)
    if (o.to && isBefore(o.to, o.from))
      fail('entities/officials.yaml', o.id, '`to` is before `from`')
  }
  for (const [id, w] of Object.entries(data.weapons)) {
    if (w.origin && !isState(w.origin))
      fail('entities/weapons.yaml', id, `unknown origin ${w.origin}`)
  }
  for (const [code, lang] of Object.entries(data.languages)) {
    for (const id of Object.keys(lang.names)) {
      if (!(id in data.states || id in data.groups || id in data.bodies))
        fail(`lang/${code}/names.yaml`, id, 'unknown entity id')
    }
  }
}
