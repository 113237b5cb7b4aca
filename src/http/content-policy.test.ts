import { describe, expect, it } from 'vitest';
import { tileImageSource } from './content-policy.js';

describe('tileImageSource', () => {
  it('allows the tile server of the configured template', () => {
    expect(tileImageSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileImageSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe(
      'https://*.tile.example.org',
    );
    expect(tileImageSource('http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png')).toBe(
      'http://127.0.0.1:8080',
    );
  });

  it('adds nothing for a template that is not an http(s) address', () => {
    expect(tileImageSource('/tiles/{z}/{x}/{y}.png')).toBeNull();
  });
});
