import { describe, expect, it } from 'vitest'
import { ArmsgraphError } from '../errors.js'
import { parseAllowHosts } from './allow-hosts.js'

describe('parseAllowHosts', () => {
  const list = parseAllowHosts([
    'intranet.example',
    '*.corp.example',
    '10.20.0.0/16',
    '192.168.7.9',
    'fd12:3456::/32',
    ' Wiki.Team.Example. ',
    'bücher.example',
  ])

  it.each([
    'intranet.example',
    'INTRANET.example.',
    'wiki.corp.example',
    'a.b.corp.example',
    'wiki.team.example',
    'xn--bcher-kva.example',
  ])('covers the name %s', (host) => {
    expect(list.coversName(host)).toBe(true)
  })

  it.each([
    'corp.example', // the pattern names what is under the domain, not the domain
    'evilcorp.example',
    'intranet.example.attacker.test',
    'sub.intranet.example',
    '10.20.1.1',
  ])('does not cover the name %s', (host) => {
    expect(list.coversName(host)).toBe(false)
  })

  it.each([
    '10.20.0.1',
    '10.20.255.255',
    '192.168.7.9',
    '::ffff:10.20.3.4',
    'fd12:3456::9',
    '[fd12:3456:ffff::1]',
  ])('covers the address %s', (address) => {
    expect(list.coversAddress(address)).toBe(true)
  })

  it.each(['10.21.0.1', '192.168.7.10', '127.0.0.1', 'fd12:3457::1', 'intranet.example'])(
    'does not cover the address %s',
    (address) => {
      expect(list.coversAddress(address)).toBe(false)
    },
  )

  it('covers nothing when empty', () => {
    const empty = parseAllowHosts([])
    expect(empty.coversName('localhost')).toBe(false)
    expect(empty.coversAddress('127.0.0.1')).toBe(false)
  })

  it.each([
    '',
    '*',
    '*.',
    'http://intranet.example/',
    'intranet.example:8080',
    '10.0.0.0/33',
    '10.0.0.0/8/8',
    '10.0.0.0/x',
    'fd00::/129',
    'a*.example',
    'two words',
  ])('refuses the entry %j with ERR_USAGE', (entry) => {
    let error: unknown = null
    try {
      parseAllowHosts([entry])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ArmsgraphError)
    expect(error).toMatchObject({ code: 'ERR_USAGE' })
    expect((error as ArmsgraphError).message).toContain(`"${entry}"`)
  })
})
