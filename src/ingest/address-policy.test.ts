import { describe, expect, it } from 'vitest'
import { refusedAddress, type AddressPolicy } from './address-policy.js'
import { parseAllowHosts } from './allow-hosts.js'

function policy(allowHosts: string[], allowPrivate = false): AddressPolicy {
  return { allowPrivate, allowHosts: parseAllowHosts(allowHosts) }
}

describe('refusedAddress', () => {
  it('passes public addresses and refuses the first private one', () => {
    const none = policy([])
    expect(refusedAddress('news.example', ['8.8.8.8', '2606:4700::1111'], none)).toBeNull()
    expect(refusedAddress('news.example', ['8.8.8.8', '10.0.0.5', '127.0.0.1'], none)).toBe(
      '10.0.0.5',
    )
    expect(refusedAddress('news.example', ['::ffff:127.0.0.1'], none)).toBe('::ffff:127.0.0.1')
  })

  it('lets a listed name reach private and loopback addresses', () => {
    const named = policy(['intranet.example', '*.corp.example'])
    expect(refusedAddress('intranet.example', ['10.1.2.3', '127.0.0.1'], named)).toBeNull()
    expect(refusedAddress('wiki.corp.example', ['fd12::5', '::1'], named)).toBeNull()
    expect(refusedAddress('other.example', ['10.1.2.3'], named)).toBe('10.1.2.3')
  })

  it('never lets a listed name reach link-local or metadata addresses', () => {
    const named = policy(['intranet.example'])
    for (const metadata of ['169.254.169.254', 'fd00:ec2::254', 'fe80::1', '0.0.0.0']) {
      expect(refusedAddress('intranet.example', ['10.1.2.3', metadata], named)).toBe(metadata)
    }
  })

  it('lets a listed range reach any address inside it, whatever the name', () => {
    const ranged = policy(['10.20.0.0/16', '169.254.169.254/32'])
    expect(refusedAddress('anything.example', ['10.20.9.9'], ranged)).toBeNull()
    expect(refusedAddress('anything.example', ['169.254.169.254'], ranged)).toBeNull()
    expect(refusedAddress('anything.example', ['10.20.9.9', '10.30.0.1'], ranged)).toBe('10.30.0.1')
  })

  it('passes everything with allowPrivate (tests only)', () => {
    expect(refusedAddress('x', ['127.0.0.1', '169.254.169.254'], policy([], true))).toBeNull()
  })
})
