export { annotateDocument, annotateSentences } from './annotate-document.js'
export type {
  AnnotatedDocument,
  AnnotatedSentence,
  DocSegment,
  Mention,
} from './annotate-document.js'
export { lexiconsFor } from './lexicons.js'
export type {
  ActorPayload,
  CueKind,
  GrammarRole,
  Lexicons,
  ReportPayload,
  TriggerPayload,
  WeaponPayload,
} from './lexicons.js'
export { tokenize } from './tokenize.js'
export { foldKey } from './fold.js'
export type { Token, Sentence } from './types.js'
