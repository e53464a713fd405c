import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** ../shared beside the repository root; tests that need it skip with a message when absent. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared', import.meta.url))
export const SEED_DIR = `${SHARED_DIR}/seed`
export const DEV_DIR = `${SHARED_DIR}/eval/dev`
export const hasShared = existsSync(SEED_DIR) && existsSync(DEV_DIR)
export const SHARED_MISSING =
  '../shared (seed and dev set) not found beside the repository: skipped'
