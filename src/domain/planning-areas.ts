import type { LatLng } from './places/place.js';

/**
 * The areas a city's day is planned in, each by its own worker at once
 * (`PLANNING_AREAS`). A point belongs to the area whose centre is nearest;
 * a vehicle to the area of its depot; a ride to the area of its pickup,
 * wherever it ends: a ride that crosses into another area is carried by
 * a vehicle of the area it starts in, and its return (which starts in the
 * other area) by one of that area's. No ride is ever planned in two areas,
 * so two areas' planners never write the same route.
 */
export interface PlanningArea {
  readonly name: string;
  readonly centre: LatLng;
}

export interface PlanningAreas {
  /** The areas' names; empty when the city is one area. */
  readonly names: readonly string[];
  /** The area a point is planned in; undefined when the city is one area. */
  areaOf(point: LatLng): string | undefined;
}

const NAME = /^[a-z0-9][a-z0-9-]{0,31}$/;

/**
 * Reads `name=lat,lng;name=lat,lng;…` (`izmit=40.7656,29.9406;gebze=40.80,29.43`).
 * An empty text is one area. Throws a RangeError naming what is wrong.
 */
export function parsePlanningAreas(text: string): PlanningArea[] {
  const areas: PlanningArea[] = [];
  for (const part of text.split(';').map((p) => p.trim())) {
    if (part === '') continue;
    const match = /^([^=]+)=\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(part);
    if (!match) throw new RangeError(`"${part}" is not name=lat,lng`);
    const name = match[1]!.trim();
    const lat = Number(match[2]);
    const lng = Number(match[3]);
    if (!NAME.test(name)) throw new RangeError(`"${name}": lowercase letters, digits and -`);
    if (Math.abs(lat) > 90 || Math.abs(lng) > 180) throw new RangeError(`"${name}": no such point`);
    if (areas.some((a) => a.name === name)) throw new RangeError(`"${name}" is named twice`);
    areas.push({ name, centre: { lat, lng } });
  }
  if (areas.length === 1) throw new RangeError('one area is the whole city: leave it empty');
  return areas;
}

export function planningAreas(areas: readonly PlanningArea[]): PlanningAreas {
  if (areas.length === 0) return { names: [], areaOf: () => undefined };
  // Nearest centre on an equirectangular projection: exact enough within a province, and cheap.
  const cosLat = Math.cos((areas[0]!.centre.lat * Math.PI) / 180);
  return {
    names: areas.map((a) => a.name),
    areaOf(point) {
      let best = areas[0]!;
      let bestD = Number.POSITIVE_INFINITY;
      for (const a of areas) {
        const dLat = point.lat - a.centre.lat;
        const dLng = (point.lng - a.centre.lng) * cosLat;
        const d = dLat * dLat + dLng * dLng;
        if (d < bestD) {
          bestD = d;
          best = a;
        }
      }
      return best.name;
    },
  };
}

/** The whole city as one area (the default). */
export const ONE_AREA: PlanningAreas = planningAreas([]);
