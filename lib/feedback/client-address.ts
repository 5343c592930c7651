import { isIP } from 'node:net';

/**
 * Request header carrying the TCP peer's address, set by `installRequestGuard` on
 * every request before Next.js sees it (any value a client sent is overwritten). `next start`
 * exposes the socket address to route handlers only as `X-Forwarded-For`, and only when the
 * client sent none (`??=`), so a client-sent header would otherwise hide it.
 */
export const PEER_ADDRESS_HEADER = 'x-resolve-peer-address';

/** Returned when a request carries no peer address (it arrived before the guard was installed). */
export const UNKNOWN_ADDRESS = 'unknown';

/** `::ffff:203.0.113.7` (IPv4 on a dual-stack socket) → `203.0.113.7`; other text unchanged. */
function unmapIPv4(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped?.[1] ?? address;
}

/** Strips a port and brackets a proxy may add: `[2001:db8::1]:443`, `203.0.113.7:5000`. */
function stripPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed?.[1]) return bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4WithPort?.[1] ?? entry;
}

/** A valid IP address in canonical text, or undefined. */
export function parseAddress(entry: string): string | undefined {
  const address = unmapIPv4(stripPort(entry.trim()));
  return isIP(address) ? address.toLowerCase() : undefined;
}

/**
 * Picks the client's address: the socket peer when `trustedHops` is 0; else the entry
 * `trustedHops` places left of the peer in `X-Forwarded-For` + peer (each trusted proxy
 * appended the address it received from). Entries left of that are the client's own claims
 * and are never used. When the chosen entry is not an IP address, or the header has fewer
 * entries than hops, the nearest valid address to its right (closer to us) is used.
 */
export function pickClientAddress(peer: string | null, forwardedFor: string | null, trustedHops: number): string {
  const peerAddress = peer ? parseAddress(peer) : undefined;
  if (!peerAddress) return UNKNOWN_ADDRESS;
  if (trustedHops === 0) return peerAddress;
  const chain = [...(forwardedFor ?? '').split(','), peerAddress].map((entry) => entry.trim()).filter(Boolean);
  const from = Math.max(0, chain.length - 1 - trustedHops);
  for (let index = from; index < chain.length; index += 1) {
    const address = parseAddress(chain[index] ?? '');
    if (address) return address;
  }
  return peerAddress;
}

/** Expands an IPv6 address to its eight 16-bit groups. */
function expandIPv6(address: string): number[] {
  const [head = '', tail = ''] = address.split('::');
  const toGroups = (part: string): number[] => {
    if (part === '') return [];
    return part.split(':').flatMap((group) => {
      if (!group.includes('.')) return [parseInt(group, 16)];
      const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
      return [(a << 8) | b, (c << 8) | d];
    });
  };
  const left = toGroups(head);
  const right = toGroups(tail);
  const zeros = address.includes('::') ? 8 - left.length - right.length : 0;
  return [...left, ...Array<number>(zeros).fill(0), ...right];
}

/**
 * The key rate limits and the daily cap count under: an IPv4 address as is; an IPv6 address
 * by its /64 prefix, because one home or phone gets a whole /64 and can pick any address in it.
 */
export function toAddressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const prefix = expandIPv6(address)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':');
  return `${prefix}::/64`;
}
