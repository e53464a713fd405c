import { describe, expect, it } from 'vitest'
import { ipv6Groups, isBlockedAddress, needsExplicitRange } from './address-guard.js'

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '0.0.0.0',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '[::1]',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::7f00:1',
    '2002:7f00:1::',
    'fc00::1',
    'fd00:ec2::254',
    'fe80::1%eth0',
    'ff02::1',
    'not-an-ip',
    '',
    '100.100.100.200', // Alibaba Cloud metadata, inside carrier-grade NAT
    '192.0.0.192', // Oracle Cloud metadata
    '192.88.99.1',
    '198.19.255.255',
    '::ffff:169.254.169.254',
    '::ffff:0:7f00:1', // IPv4-translated form of 127.0.0.1
    '::ffff:0.0.0.0',
    '::127.0.0.1', // IPv4-compatible form
    '64:ff9b::a9fe:a9fe', // NAT64 of the metadata address
    '64:ff9b:1::a00:1', // local-use NAT64
    '2002:a9fe:a9fe::1', // 6to4 of the metadata address
    '2001::1', // Teredo
    '2001:db8::1',
    '3fff::1',
    '100::1', // discard-only
    '5f00::1',
    'fd12:3456::1',
    'fec0::1',
    'FE80::1',
    '[fd00:ec2::254]',
  ])('blocks %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true)
  })

  it.each([
    '8.8.8.8',
    '172.32.0.1',
    '192.169.0.1',
    '1.1.1.1',
    '100.128.0.1',
    '2606:4700::1111',
    '2a00:1450:4001:80b::200e',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('allows %s', (address) => {
    expect(isBlockedAddress(address)).toBe(false)
  })
})

describe('needsExplicitRange', () => {
  it.each([
    '169.254.169.254',
    '169.254.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::ffff:169.254.169.254',
    'fe80::1',
    'fd00:ec2::254',
    'ff02::1',
    'not-an-ip',
  ])('keeps %s shut to host-name entries', (address) => {
    expect(needsExplicitRange(address)).toBe(true)
  })

  it.each(['127.0.0.1', '::1', '10.1.2.3', '192.168.0.10', '100.64.0.1', 'fd12::1', '8.8.8.8'])(
    'lets a host-name entry open %s',
    (address) => {
      expect(needsExplicitRange(address)).toBe(false)
    },
  )
})

describe('ipv6Groups', () => {
  it.each([
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['fe80::', [0xfe80, 0, 0, 0, 0, 0, 0, 0]],
    ['::ffff:1.2.3.4', [0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
  ])('%s', (ip, groups) => {
    expect(ipv6Groups(ip)).toEqual(groups)
  })
})
