import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.seedDemoData).toBe(true);
  });

  it('keeps quiet hours at night by default, none when set empty (other empty values mean unset)', () => {
    expect(loadConfig({}).notifications.quietHours).toEqual({ start: '22:00', end: '08:00' });
    expect(loadConfig({ NOTIFY_QUIET_HOURS: '' }).notifications.quietHours).toBeNull();
    expect(loadConfig({ PORT: '' }).port).toBe(loadConfig({}).port);
  });

  it('names every bad variable and the reason', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', BOOKING_WAIT_MS: '-1' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/DATABASE_URL/);
      expect(message).toMatch(/BOOKING_WAIT_MS/);
    }
  });

  it('reads the planning areas, one area when unset, and names a bad one', () => {
    expect(loadConfig({}).planning.areas).toEqual([]);
    expect(
      loadConfig({ PLANNING_AREAS: 'izmit=40.7656,29.9406;gebze=40.8027,29.4307' }).planning.areas,
    ).toEqual([
      { name: 'izmit', centre: { lat: 40.7656, lng: 29.9406 } },
      { name: 'gebze', centre: { lat: 40.8027, lng: 29.4307 } },
    ]);
    expect(() => loadConfig({ PLANNING_AREAS: 'izmit=40.7656;gebze=40.8,29.4' })).toThrow(
      /PLANNING_AREAS.*name=lat,lng/,
    );
  });

  it('refuses production without a token secret and does not seed demo users there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
      DATA_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
    });
    expect(config.seedDemoData).toBe(false);
  });

  it('takes a Nominatim URL and a tile URL template, refusing one without {z}/{x}/{y}', () => {
    const config = loadConfig({ NOMINATIM_URL: 'http://nominatim:8080' });
    expect(config.nominatimUrl).toBe('http://nominatim:8080');
    expect(config.mapTileUrl).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tiles.example/{z}.png' })).toThrow(
      /MAP_TILE_URL/,
    );
  });

  it('takes the process role from --role', () => {
    expect(loadConfig({}, ['--role', 'worker']).role).toBe('worker');
  });
});
