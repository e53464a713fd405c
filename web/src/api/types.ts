// The API's response shapes, taken from the server's own types so the two cannot drift.
export type {
  ActorRef,
  Category,
  Certainty,
  Claim,
  Item,
  Phase,
  Span,
  Speaker,
  Stance,
} from '../../../src/contract/extraction.js'
export type {
  DocumentRef,
  EventClaim,
  EventDetail,
  EventReview,
  EventSummary,
  EventSupport,
  ReviewStatus,
  Side,
} from '../../../src/kb/types.js'
export type { Violation } from '../../../src/assess/types.js'
export type { EventJson } from '../../../src/export/event-json.js'
export type {
  GraphEdge,
  GraphNode,
  GraphView,
  MapFlow,
  MapPoint,
  MapView,
  TimelineKey,
  TimelineView,
  ImportStatus,
  DocumentReading,
  ReadingMention,
  ReadingTransfer,
} from '../../../src/views/types.js'

export type { ActorStats, StoreStats } from '../../../src/store/stats.js'
export type { SearchHit } from '../../../src/store/search-documents.js'
