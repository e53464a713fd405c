/**
 * The armsgraph library: extraction of arms transfers from news text.
 * @example
 * import { extract, loadData } from 'armsgraph'
 * const data = loadData()
 * const out = extract('Russia delivered S-400 systems to Belarus.', data)
 * out.transfers[0]?.supplier.id // 'RU'
 */
export { extract } from './extract/index.js'
export type { DocumentInput, ExtractOptions } from './extract/index.js'
export { loadData } from './data/index.js'
export type { LoadedData } from './data/index.js'
export { ArmsgraphError } from './errors.js'
export type { ErrorCode } from './errors.js'
export * from './contract/extraction.js'
