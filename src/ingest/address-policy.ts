import type { AllowHosts } from './allow-hosts.js'
import { isBlockedAddress, needsExplicitRange } from './address-guard.js'

/** Which addresses a fetch may connect to. */
export interface AddressPolicy {
  /** Tests only: every address passes. */
  allowPrivate: boolean
  allowHosts: AllowHosts
}

function permitted(host: string, address: string, policy: AddressPolicy): boolean {
  if (!isBlockedAddress(address)) return true
  if (policy.allowHosts.coversAddress(address)) return true
  // A listed name opens private ranges, never metadata: DNS for a name is easier to subvert
  // than a range the operator typed.
  return policy.allowHosts.coversName(host) && !needsExplicitRange(address)
}

/**
 * The first of `addresses` (all that `host` resolved to) that the policy forbids, or null.
 * Every address is judged, not only the first: the connection may use any of them.
 */
export function refusedAddress(
  host: string,
  addresses: readonly string[],
  policy: AddressPolicy,
): string | null {
  if (policy.allowPrivate) return null
  return addresses.find((address) => !permitted(host, address, policy)) ?? null
}
