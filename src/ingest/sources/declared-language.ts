/**
 * The primary subtag of a declared language tag, lower case: 'en-GB' → 'en', 'fr_FR' → 'fr'.
 * Anything that is not a two- or three-letter code ('English', '') gives null.
 */
export function declaredLanguage(tag: string | null | undefined): string | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return /^[a-z]{2,3}$/.test(primary) ? primary : null
}
