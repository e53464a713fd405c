/** Leading bytes of formats people feed in by mistake; named in the error so the fix is obvious. */
const MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also docx, xlsx, epub
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
]

/** How much of the start is inspected: enough to judge, bounded whatever the input size. */
const SNIFF_BYTES = 8192
/** Text has almost no control characters; one byte in ten is far beyond any real document. */
const MAX_CONTROL_SHARE = 0.1

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b)
}

/** Tab, LF, vertical tab, form feed, CR and ESC (ANSI colours in logs) are tolerated in text. */
function isControl(b: number): boolean {
  return (
    b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b
  )
}

/**
 * Why the bytes look binary ('PDF', 'NUL bytes', 'control characters'), or null for text.
 * Callers strip UTF-16 first: its ASCII half is full of NUL bytes.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const magic of MAGIC) if (startsWith(bytes, magic.bytes)) return magic.name
  const head = bytes.subarray(0, SNIFF_BYTES)
  let controls = 0
  for (const b of head) {
    if (b === 0) return 'NUL bytes'
    if (isControl(b)) controls += 1
  }
  return head.length > 0 && controls / head.length > MAX_CONTROL_SHARE ? 'control characters' : null
}
