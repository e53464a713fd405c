/** One token of the normalised document text. `text === doc.slice(start, end)`. */
export interface Token {
  text: string
  /** Match key: lowercased, accents folded, typographic apostrophes made ASCII. */
  key: string
  start: number
  end: number
  kind: 'word' | 'number' | 'punct'
  /** First character is an uppercase letter. */
  isUpper: boolean
}

/** A sentence: a range of tokens and of characters. */
export interface Sentence {
  index: number
  start: number
  end: number
  /** Index of the first token and one past the last in the document token array. */
  tokenStart: number
  tokenEnd: number
  segment: 'title' | 'body'
  language: string
}
