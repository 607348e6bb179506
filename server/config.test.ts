import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

describe('TRUST_PROXY', () => {
  it('is 0 (the socket peer is the client) unless set', () => {
    expect(readConfig({}).trustProxy).toBe(0);
    expect(readConfig({ TRUST_PROXY: '' }).trustProxy).toBe(0);
    expect(readConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(readConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(0);
  });

  it('is 1 for true, or the number of proxy hops', () => {
    expect(readConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: ' TRUE ' }).trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('stops the start with a line saying what it may be', () => {
    for (const value of ['yes', '-1', '1.5', '127.0.0.1', '999']) {
      expect(() => readConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
    }
    expect(() => readConfig({ TRUST_PROXY: 'yes' })).toThrow(
      'TRUST_PROXY must be false, true or the number of reverse proxies in front of the server (1, 2, …), not "yes".',
    );
  });
});
