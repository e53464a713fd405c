/** Valid range for the second byte after each kind of lead byte (RFC 3629, table 3-7 of Unicode). */
function secondByteRange(lead: number): [number, number, number] | null {
  // [low, high, total length]; overlong forms and surrogates are excluded through the ranges.
  if (lead >= 0xc2 && lead <= 0xdf) return [0x80, 0xbf, 2]
  if (lead === 0xe0) return [0xa0, 0xbf, 3]
  if (lead === 0xed) return [0x80, 0x9f, 3]
  if (lead >= 0xe1 && lead <= 0xef) return [0x80, 0xbf, 3]
  if (lead === 0xf0) return [0x90, 0xbf, 4]
  if (lead >= 0xf1 && lead <= 0xf3) return [0x80, 0xbf, 4]
  if (lead === 0xf4) return [0x80, 0x8f, 4]
  return null
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf

/**
 * Offset of the first byte that makes `bytes` invalid UTF-8, or -1 if all is valid. TextDecoder
 * only says "invalid"; users need the offset to find the bad spot in their file.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80) {
      i += 1
      continue
    }
    const range = secondByteRange(lead)
    if (range === null) return i
    const [low, high, length] = range
    const second = bytes[i + 1]
    if (second === undefined || second < low || second > high) return i
    for (let k = 2; k < length; k += 1) if (!isContinuation(bytes[i + k])) return i
    i += length
  }
  return -1
}
