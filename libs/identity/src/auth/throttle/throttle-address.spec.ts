import { NO_ADDRESS, throttleAddressKey } from './throttle-address';

describe('client addresses as the sign-in throttle counts them', () => {
  it.each([
    ['an IPv4 address as it is', '192.0.2.17', '192.0.2.17'],
    ['an IPv4-mapped IPv6 address as its IPv4 address', '::ffff:192.0.2.17', '192.0.2.17'],
    ['an IPv6 address by its /64', '2001:db8:0:1:8a2e:370:7334:1', '2001:db8:0:1::/64'],
    ['every address of one /64 alike', '2001:0DB8:0000:0001:ffff:ffff:ffff:ffff', '2001:db8:0:1::/64'],
    ['a compressed IPv6 address', '2001:db8::1', '2001:db8:0:0::/64'],
    ['a compression inside the /64', '2001:db8::5:0:0:1', '2001:db8:0:0::/64'],
    ['loopback', '::1', '0:0:0:0::/64'],
    ['an address with a zone', 'fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['an IPv6 address ending in dotted IPv4', '64:ff9b:1:2::192.0.2.33', '64:ff9b:1:2::/64'],
  ])('keys %s', (_name, address, key) => {
    expect(throttleAddressKey(address)).toBe(key);
  });

  it('keys a missing address as one address of its own', () => {
    expect(throttleAddressKey(null)).toBe(NO_ADDRESS);
  });

  it('keys something that is not an address as it came, at most 100 characters', () => {
    expect(throttleAddressKey('unknown')).toBe('unknown');
    expect(throttleAddressKey('x'.repeat(500))).toHaveLength(100);
  });

  it('tells different /64 networks apart', () => {
    expect(throttleAddressKey('2001:db8:0:1::1')).not.toBe(throttleAddressKey('2001:db8:0:2::1'));
  });
});
