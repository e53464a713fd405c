import type { Store } from '../../src/store/open-store.js'
import { createToken, type Role } from '../../src/store/tokens.js'

/** A token of the role, made straight in the store (what `armsgraph token create` does). */
export async function tokenFor(store: Store, role: Role, name = `test-${role}`): Promise<string> {
  return (await createToken(store.db, { name, role, now: new Date().toISOString() })).token
}

/** fetch() that sends the token as a bearer header, as API clients do. */
export function bearerFetch(token: string): typeof fetch {
  return (input, init) =>
    fetch(input, {
      ...init,
      headers: {
        ...(init?.headers as Record<string, string> | undefined),
        authorization: `Bearer ${token}`,
      },
    })
}
