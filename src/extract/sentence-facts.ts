import type { AnnotatedSentence, Token } from '../annotate/index.js'
import { compileNumbers, findQuantities, type NumbersLexicon } from '../annotate/quantities.js'
import type { Quantity } from '../contract/extraction.js'
import type { LanguageData, LoadedData } from '../data/index.js'
import { compileDates, findDates, resolveDate, type DatesLexicon } from '../resolve/dates.js'
import type { SentenceFacts } from './build-transfer.js'

// Quantities and dates are read only for sentences that carry a transfer, once per sentence.

const numbersCache = new WeakMap<LanguageData, NumbersLexicon>()
const datesCache = new WeakMap<LanguageData, DatesLexicon>()

/** The language's number lexicon, compiled once (the document reader shares it, so spans agree). */
export function numbersFor(ld: LanguageData): NumbersLexicon {
  let lex = numbersCache.get(ld)
  if (!lex) {
    lex = compileNumbers(ld.numbers, { decimalComma: ld.numbers.decimal_comma, dates: ld.dates })
    numbersCache.set(ld, lex)
  }
  return lex
}

export function datesFor(ld: LanguageData): DatesLexicon {
  let lex = datesCache.get(ld)
  if (!lex) {
    lex = compileDates(ld.dates)
    datesCache.set(ld, lex)
  }
  return lex
}

/** The sentence's own tokens while it still has them (facts are read before they are released). */
function tokensOf(s: AnnotatedSentence): Token[] | undefined {
  return s.tokens.length > 0 ? s.tokens : undefined
}

export function sentenceFacts(
  text: string,
  data: LoadedData,
  published: string | null,
): SentenceFacts {
  const quantities = new Map<number, Quantity[]>()
  const dates = new Map<number, string[]>()
  return {
    quantities(s: AnnotatedSentence) {
      let q = quantities.get(s.index)
      const ld = data.languages[s.language]
      if (!q) {
        q = ld ? findQuantities(text, s.start, s.end, numbersFor(ld), tokensOf(s)) : []
        quantities.set(s.index, q)
      }
      return q
    },
    dates(s: AnnotatedSentence) {
      let d = dates.get(s.index)
      const ld = data.languages[s.language]
      if (!d) {
        const found = ld ? findDates(text, s.start, s.end, datesFor(ld), tokensOf(s)) : []
        d = found.map((m) => resolveDate(m, published)).filter((x): x is string => x !== null)
        dates.set(s.index, d)
      }
      return d
    },
  }
}
