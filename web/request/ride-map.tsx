import 'leaflet/dist/leaflet.css';
import './ride-map.css';
import * as L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { apiGet } from '../shared/api.js';
import type { MapSettings } from '../shared/pin-map.js';

export interface LatLng {
  lat: number;
  lng: number;
}

let settingsRequest: Promise<MapSettings> | undefined;
function loadMapSettings(): Promise<MapSettings> {
  settingsRequest ??= apiGet<MapSettings>('/places/map-settings').catch((error: unknown) => {
    settingsRequest = undefined;
    throw error;
  });
  return settingsRequest;
}

// Drawn in CSS: no image to load, and they show when no tile does.
const PICKUP_ICON = L.divIcon({
  className: 'ride-map-pickup',
  html: '<span></span>',
  iconSize: [24, 24],
  iconAnchor: [12, 24],
});
const CAR_ICON = L.divIcon({
  className: 'ride-map-car',
  html: '<span></span>',
  iconSize: [26, 26],
  iconAnchor: [13, 13],
});

/** Metres between two points on the Earth (haversine): enough to say "about 1.2 km". */
export function metresBetween(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/**
 * A small picture of the pickup point and, while the car comes, the car.
 * Decorative for assistive technology (hidden from it, nothing in it takes
 * the focus): the sentences beside it say the same in words. Without tiles
 * (no internet) the two marks still show in place.
 */
export function RideMap(props: { pickup: LatLng; car: LatLng | null; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const [settings, setSettings] = useState<MapSettings>();
  const [built, setBuilt] = useState(0);

  useEffect(() => {
    loadMapSettings()
      .then(setSettings)
      .catch(() => {});
  }, []);

  useEffect(() => {
    if (!box.current || !settings) return;
    // Looked at, not handled: no keyboard, zoom buttons or links inside, so nothing hidden takes the focus.
    const m = L.map(box.current, {
      center: [settings.centre.lat, settings.centre.lng],
      zoom: settings.zoom,
      zoomControl: false,
      attributionControl: false,
      keyboard: false,
      dragging: false,
      scrollWheelZoom: false,
      doubleClickZoom: false,
      touchZoom: false,
      boxZoom: false,
    });
    L.tileLayer(settings.tileUrl, { maxZoom: 19 }).addTo(m);
    layer.current = L.layerGroup().addTo(m);
    map.current = m;
    setBuilt((n) => n + 1);
    return () => {
      m.remove();
      map.current = null;
      layer.current = null;
    };
  }, [settings]);

  const { pickup, car } = props;
  useEffect(() => {
    const m = map.current;
    const group = layer.current;
    if (!m || !group || built === 0) return;
    group.clearLayers();
    const marks = { keyboard: false, interactive: false } as const;
    L.marker([pickup.lat, pickup.lng], { ...marks, icon: PICKUP_ICON }).addTo(group);
    if (car) {
      L.marker([car.lat, car.lng], { ...marks, icon: CAR_ICON }).addTo(group);
      L.polyline(
        [
          [car.lat, car.lng],
          [pickup.lat, pickup.lng],
        ],
        { color: '#1864ab', weight: 3, dashArray: '6 6', interactive: false },
      ).addTo(group);
      m.fitBounds(L.latLngBounds([car.lat, car.lng], [pickup.lat, pickup.lng]).pad(0.3), {
        maxZoom: 16,
      });
    } else m.setView([pickup.lat, pickup.lng], 15);
  }, [pickup.lat, pickup.lng, car?.lat, car?.lng, built, car]);

  // The tile server's credit, as text outside the hidden map (its links would take the focus inside).
  const credit = settings?.attribution.replace(/<[^>]*>/g, '').trim();
  return (
    <div>
      <div
        ref={box}
        className="ride-map"
        aria-hidden="true"
        style={{ height: props.height ?? 220, width: '100%' }}
      />
      {credit && <p className="ride-map-credit">{credit}</p>}
    </div>
  );
}
