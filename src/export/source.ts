/**
 * What every exporter reads: an array, a generator or a database cursor. `for await` accepts
 * both kinds, so a store can stream rows without building an array first.
 */
export type Source<T> = Iterable<T> | AsyncIterable<T>
