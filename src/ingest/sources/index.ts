export { countDocuments } from './count-documents.js'
export { expandSources } from './expand-sources.js'
export { publisherCountry, type PublisherClues } from './publisher-country.js'
export type { ExpandEntry, ExpandOptions, IngestItem, SkippedEntry, SourceEntry } from './types.js'
