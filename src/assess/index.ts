export { assess, dateWindow } from './assess.js'
export { loadRules } from './load-rules.js'
export type { AssessQuery, Rules, Violation, ViolationStatus } from './types.js'
