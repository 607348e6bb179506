import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { networkOf } from '../services/login-throttle.ts';
import { clientAddress, UNKNOWN_ADDRESS } from './client-address.ts';

/** What clientAddress() says for a request with this X-Forwarded-For, behind `trustProxy` proxies. */
async function addressFor(trustProxy: number, forwardedFor?: string): Promise<string> {
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, trustProxy)));
  const response = await app.request('/', {
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
  return response.text();
}

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless proxies are trusted', async () => {
    // app.request() has no socket: the peer is unknown.
    expect(await addressFor(0, '198.51.100.7')).toBe(UNKNOWN_ADDRESS);
  });

  it('takes the entry the trusted proxies wrote, never one the client wrote further left', async () => {
    expect(await addressFor(1, '198.51.100.7')).toBe('198.51.100.7');
    expect(await addressFor(1, '10.9.9.9, 198.51.100.7')).toBe('198.51.100.7');
    expect(await addressFor(2, '10.9.9.9, 198.51.100.7, 192.0.2.1')).toBe('198.51.100.7');
    expect(await addressFor(1, ' 2001:db8::1 ')).toBe('2001:db8::1');
  });

  it('takes the leftmost entry of a header shorter than the trusted chain, and the peer without one', async () => {
    expect(await addressFor(3, '198.51.100.7, 192.0.2.1')).toBe('198.51.100.7');
    expect(await addressFor(1)).toBe(UNKNOWN_ADDRESS);
  });

  it('falls back to the peer when the chosen entry is no IP address', async () => {
    expect(await addressFor(1, 'evil')).toBe(UNKNOWN_ADDRESS);
    expect(await addressFor(1, '198.51.100.7:4711')).toBe(UNKNOWN_ADDRESS);
  });
});

describe('networkOf', () => {
  it('counts IPv4 by address and IPv6 by its /64', () => {
    expect(networkOf('198.51.100.7')).toBe('198.51.100.7');
    expect(networkOf('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(networkOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:DB8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
    expect(networkOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(networkOf('64:ff9b:1:2::192.0.2.1')).toBe('64:ff9b:1:2::/64');
  });

  it('is null for anything that is no IP address', () => {
    expect(networkOf(UNKNOWN_ADDRESS)).toBeNull();
    expect(networkOf('')).toBeNull();
  });
});
