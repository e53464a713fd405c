// Exports of knowledge-base events: CSV, JSON, JSON Lines, GraphML, GEXF, register CSV and
// terminal tables. Pure functions: they read events and yield text chunks for the caller to write.
export { actorNodes, type ActorNode } from './actor-nodes.js'
export { csvCell, csvLine, csvRows, eventCells, eventsCsv, EVENTS_CSV_HEADER } from './csv.js'
export { eventJson, type EventDocument, type EventJson } from './event-json.js'
export { gexf } from './gexf.js'
export { graphml } from './graphml.js'
export { jsonArray } from './json-array.js'
export { jsonl } from './jsonl.js'
export { largestQuantity, type RegisterNumber } from './largest-quantity.js'
export { registerCsv, registerRows, REGISTER_HEADER, type SystemName } from './register.js'
export type { Source } from './source.js'
export { displayWidth, eventsTable, formatTable, truncate, type TableColumn } from './table.js'
export { xmlEscape } from './xml.js'
