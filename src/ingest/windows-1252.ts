/**
 * Windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €, Œ…). Node 20's TextDecoder maps them to
 * C1 control characters as ISO-8859-1 does, which later stages would delete; hence this table
 * (from the WHATWG Encoding Standard index). 0 marks the five undefined bytes.
 */
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
]

/** Decodes Windows-1252 (the web's meaning of "iso-8859-1" and "latin1" too). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const CHUNK = 8192
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = []
    for (const b of bytes.subarray(start, start + CHUNK)) {
      codes.push(b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] || b : b)
    }
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}
