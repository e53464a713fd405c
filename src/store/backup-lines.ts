import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { ArmsgraphError } from '../errors.js'
import { damaged } from './backup-format.js'

/** One line of the archive without its newline; `complete` is false for a last line cut short. */
export interface ArchiveLine {
  bytes: Buffer
  number: number
  complete: boolean
}

// The largest document (--max-bytes, 64 MiB by default) escaped as JSON, with room to spare.
const MAX_LINE = 512 << 20

function readError(file: string, e: unknown): ArmsgraphError {
  if (e instanceof ArmsgraphError) return e
  const err = e as NodeJS.ErrnoException
  if (err.code === 'EISDIR')
    return new ArmsgraphError('ERR_INPUT_IS_DIRECTORY', `${file} is a directory, not a backup`)
  // zlib: "incorrect header check" (not gzip), "unexpected end of file" (cut short), a failed
  // CRC or a bad deflate block (altered bytes).
  if (typeof err.code === 'string' && err.code.startsWith('Z_'))
    return damaged(file, `the compressed data is damaged or cut short (${err.message})`, e)
  const reason = err.code === 'ENOENT' ? 'no such file' : err.message
  return new ArmsgraphError('ERR_INPUT_NOT_FOUND', `cannot read the backup ${file}: ${reason}`, {
    file,
  })
}

/**
 * The decompressed lines of a backup, streamed: memory holds one chunk and one line, whatever
 * the size of the store. Lines are bytes so the checksum covers exactly what was written.
 */
export async function* archiveLines(file: string): AsyncGenerator<ArchiveLine> {
  // Errors of the file or of zlib surface in the loop below; the callback only keeps them handled.
  const source = pipeline(createReadStream(file), createGunzip(), () => undefined)
  let number = 0
  let carry: Buffer[] = []
  let carried = 0
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      let start = 0
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
        const piece = chunk.subarray(start, nl)
        number++
        const bytes = carry.length > 0 ? Buffer.concat([...carry, piece]) : piece
        yield { bytes, number, complete: true }
        carry = []
        carried = 0
        start = nl + 1
      }
      if (start < chunk.length) {
        carry.push(chunk.subarray(start))
        carried += chunk.length - start
        // Garbage without newlines must not be gathered into memory until it ends.
        if (carried > MAX_LINE) throw damaged(file, `line ${number + 1} is longer than any row`)
      }
    }
  } catch (e) {
    throw readError(file, e)
  }
  if (carry.length > 0) yield { bytes: Buffer.concat(carry), number: number + 1, complete: false }
}

/** The first line only (the header), without reading the rest of the file. */
export async function firstLine(file: string): Promise<Buffer | undefined> {
  for await (const line of archiveLines(file)) return line.bytes
  return undefined
}
