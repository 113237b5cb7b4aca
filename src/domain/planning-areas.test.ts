import { describe, expect, it } from 'vitest';
import { ONE_AREA, parsePlanningAreas, planningAreas } from './planning-areas.js';

describe('planning areas', () => {
  it('reads the setting, and places a point in the area of the nearest centre', () => {
    const areas = planningAreas(
      parsePlanningAreas('izmit=40.7656,29.9406; gebze=40.8027,29.4307 ;golcuk=40.717,29.82'),
    );
    expect(areas.names).toEqual(['izmit', 'gebze', 'golcuk']);
    expect(areas.areaOf({ lat: 40.77, lng: 29.93 })).toBe('izmit');
    expect(areas.areaOf({ lat: 40.79, lng: 29.45 })).toBe('gebze');
    expect(areas.areaOf({ lat: 40.7, lng: 29.83 })).toBe('golcuk');
  });

  it('is one area when the setting is empty', () => {
    expect(parsePlanningAreas('')).toEqual([]);
    expect(ONE_AREA.names).toEqual([]);
    expect(ONE_AREA.areaOf({ lat: 40.77, lng: 29.93 })).toBeUndefined();
  });

  it('refuses a setting it cannot read, saying what is wrong', () => {
    expect(() => parsePlanningAreas('izmit=40.7,29.9')).toThrow(/one area/);
    expect(() => parsePlanningAreas('izmit=40.7;gebze=40.8,29.4')).toThrow(/name=lat,lng/);
    expect(() => parsePlanningAreas('İzmit=40.7,29.9;gebze=40.8,29.4')).toThrow(/lowercase/);
    expect(() => parsePlanningAreas('a=40.7,29.9;a=40.8,29.4')).toThrow(/twice/);
    expect(() => parsePlanningAreas('a=95,29.9;b=40.8,29.4')).toThrow(/no such point/);
  });
});
