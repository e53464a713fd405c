import { once } from 'node:events'

/** Writes generated chunks to stdout, waiting when the pipe is full: big exports stay small in memory. */
export async function writeChunks(chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
  const out = process.stdout
  for await (const chunk of chunks) {
    if (!out.write(chunk)) await once(out, 'drain')
  }
}
