import { isIPv4, isIPv6 } from 'node:net';

/** The address key of attempts that arrive with no client address (none outside HTTP today). */
export const NO_ADDRESS = 'none';
const MAX_KEY = 100;

/**
 * The client address as the throttle counts it: an IPv4 address as it is (an IPv4-mapped
 * IPv6 address too), an IPv6 address by its /64 — the network one subscriber is given, so
 * someone holding one cannot get a fresh counter with each of its 2^64 addresses.
 */
export function throttleAddressKey(address: string | null): string {
  if (!address) return NO_ADDRESS;
  const bare = address.split('%')[0].toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(bare)) return bare;
  // Not an address (a proxy passing something odd): counted as it came, within the column.
  if (!isIPv6(bare)) return bare.slice(0, MAX_KEY);
  return `${ipv6Groups(bare).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, in hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const gap = tail === undefined ? [] : Array<string>(8 - front.length - back.length).fill('0');
  return [...front, ...gap, ...back].map((group) => parseInt(group, 16).toString(16));
}
