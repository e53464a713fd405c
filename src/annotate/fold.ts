// Match keys: lowercase, accents folded, typographic apostrophes and dashes made ASCII, so that
// "Corée", "coree" and "CORÉE" meet, and "d’" meets "d'". Words of three letters or fewer keep
// their accents: French function words differ only by them ("à"/"a", "où"/"ou", "dès"/"des").
const APOSTROPHES = /[\u2018\u2019\u02BC\u00B4\u0060]/g
const DASHES = /[\u2010-\u2015\u2212]/g
const COMBINING = /[\u0300-\u036f]/g
const SHORT_WORD = 3

export function foldKey(s: string): string {
  const lower = s.toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, '-')
  // Only decompose when there is something to fold: most tokens are ASCII.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower) || lower.length <= SHORT_WORD) return lower
  return lower.normalize('NFD').replace(COMBINING, '').normalize('NFC')
}
