import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('security settings', () => {
  it('trust no proxy unless TRUST_PROXY names one', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8, fd00::/8',
    );
  });

  it('refuse a TRUST_PROXY Express would misread, naming the variable', () => {
    for (const value of ['everyone', '10.0.0.0/33', '10.0.0', 'true'])
      expect(() => loadConfig({ TRUST_PROXY: value }), value).toThrow(ConfigError);
    try {
      loadConfig({ TRUST_PROXY: 'everyone' });
    } catch (error) {
      expect((error as ConfigError).problems[0]).toMatch(/^TRUST_PROXY:/);
    }
  });

  it('bound the enqueue and the login limits', () => {
    const config = loadConfig({ ENQUEUE_TIMEOUT_MS: '500', LOGIN_MAX_FAILURES: '3' });
    expect(config.enqueueTimeoutMs).toBe(500);
    expect(config.login).toEqual({
      maxFailuresPerAccount: 3,
      maxFailuresPerIp: 30,
      windowSeconds: 900,
      lockoutSeconds: 300,
    });
    expect(() => loadConfig({ ENQUEUE_TIMEOUT_MS: '0' })).toThrow(ConfigError);
  });
});
