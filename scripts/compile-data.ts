/**
 * Writes dist/data-cache.json: every YAML file under data/ parsed, keyed by its path and the
 * SHA-256 of its text (src/data/parsed-yaml-cache.ts), so a built armsgraph starts without
 * parsing YAML. Run by `npm run build`; a file edited later is simply parsed again at load.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { CACHE_FILE, sha256 } from '../src/data/parsed-yaml-cache.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const dataDir = join(root, 'data')
const files: Record<string, { sha256: string; value: unknown }> = {}
const yamlFiles = readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .sort()
for (const rel of yamlFiles) {
  const raw = readFileSync(join(dataDir, rel), 'utf8')
  files[rel.split(sep).join('/')] = { sha256: sha256(raw), value: parse(raw) }
}
mkdirSync(join(root, 'dist'), { recursive: true })
writeFileSync(join(root, 'dist', CACHE_FILE), JSON.stringify({ files }))
process.stdout.write(`dist/${CACHE_FILE}: ${Object.keys(files).length} files\n`)
