export { loadData, DEFAULT_DATA_DIR } from './load-data.js'
export type { LoadedData, LanguageData } from './types.js'
export type * from './schema.js'
