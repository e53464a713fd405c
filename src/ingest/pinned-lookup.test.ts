import type { LookupAddress, LookupOptions } from 'node:dns'
import { describe, expect, it } from 'vitest'
import type { AddressPolicy } from './address-policy.js'
import { parseAllowHosts } from './allow-hosts.js'
import { BlockedAddressError, pinnedLookup, type Resolver } from './pinned-lookup.js'

const NO_LIST: AddressPolicy = { allowPrivate: false, allowHosts: parseAllowHosts([]) }

interface Answer {
  error: NodeJS.ErrnoException | null
  address: string | LookupAddress[]
  family?: number
}

/** Calls a lookup function the way net.connect does and collects its answer. */
function ask(
  lookup: ReturnType<typeof pinnedLookup>,
  host: string,
  options: LookupOptions = {},
): Promise<Answer> {
  return new Promise((resolve) => {
    lookup(host, options, (error, address, family) => resolve({ error, address, family }))
  })
}

/** A resolver that gives each of `answers` in turn (the last one again once they run out). */
function scripted(...answers: string[][]): Resolver & { calls: number } {
  const resolver = Object.assign(
    async (): Promise<LookupAddress[]> => {
      const turn = answers[Math.min(resolver.calls, answers.length - 1)] ?? []
      resolver.calls += 1
      return turn.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
    },
    { calls: 0 },
  )
  return resolver
}

describe('pinnedLookup', () => {
  it('hands the socket the very address it checked, asking DNS once per connection', async () => {
    // A rebinding server: public on the first question, the metadata address on the next.
    const dns = scripted(['93.184.216.34'], ['169.254.169.254'])
    const lookup = pinnedLookup(NO_LIST, dns)
    const first = await ask(lookup, 'rebind.example')
    expect(first).toEqual({ error: null, address: '93.184.216.34', family: 4 })
    expect(dns.calls).toBe(1)
    // A second connection asks again, and the changed answer is refused.
    const second = await ask(lookup, 'rebind.example')
    expect(second.error).toBeInstanceOf(BlockedAddressError)
    expect(second.error).toMatchObject({ host: 'rebind.example', address: '169.254.169.254' })
    expect(dns.calls).toBe(2)
  })

  it('refuses a name when any of its addresses is private', async () => {
    const lookup = pinnedLookup(NO_LIST, scripted(['93.184.216.34', '10.0.0.7']))
    const answer = await ask(lookup, 'mixed.example', { all: true })
    expect(answer.error).toMatchObject({ address: '10.0.0.7' })
  })

  it('returns every checked address when the socket asks for all (happy eyeballs)', async () => {
    const lookup = pinnedLookup(NO_LIST, scripted(['93.184.216.34', '2606:2800:220:1::1']))
    expect(await ask(lookup, 'dual.example', { all: true })).toMatchObject({
      error: null,
      address: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:2800:220:1::1', family: 6 },
      ],
    })
    expect(await ask(lookup, 'dual.example', { family: 6 })).toMatchObject({
      address: '2606:2800:220:1::1',
      family: 6,
    })
  })

  it('answers ENOTFOUND when nothing of the asked family is left', async () => {
    const lookup = pinnedLookup(NO_LIST, scripted(['93.184.216.34']))
    expect((await ask(lookup, 'v4only.example', { family: 6 })).error).toMatchObject({
      code: 'ENOTFOUND',
    })
  })

  it('passes resolver errors through', async () => {
    const failing: Resolver = () =>
      Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }))
    expect((await ask(pinnedLookup(NO_LIST, failing), 'nowhere.example')).error).toMatchObject({
      code: 'ENOTFOUND',
    })
  })

  it('lets an allow-listed name reach its private address, and no further', async () => {
    const policy = { allowPrivate: false, allowHosts: parseAllowHosts(['intranet.example']) }
    const dns = scripted(['10.20.1.5'], ['169.254.169.254'])
    const lookup = pinnedLookup(policy, dns)
    expect(await ask(lookup, 'intranet.example')).toMatchObject({
      error: null,
      address: '10.20.1.5',
    })
    expect((await ask(lookup, 'intranet.example')).error).toBeInstanceOf(BlockedAddressError)
    expect((await ask(lookup, 'elsewhere.example')).error).toBeInstanceOf(BlockedAddressError)
  })
})
