import 'leaflet/dist/leaflet.css';
import '../shared/pin-map.css';
import './fleet-map.css';
import { Text } from '@mantine/core';
import * as L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import type { VehicleLiveView } from '../../src/realtime/events.js';
import type { MapSettings } from '../shared/pin-map.js';

export interface FleetMapTexts {
  map: string;
  tilesFailed: string;
  zoomIn: string;
  zoomOut: string;
  late: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Drawn in CSS with the plate on it: no image to load, and it shows when no tile does.
function vehicleIcon(v: VehicleLiveView, selected: boolean, alarmed: boolean): L.DivIcon {
  const classes = [
    'yoldas-vehicle',
    v.late || alarmed ? 'is-late' : '',
    alarmed ? 'is-alarmed' : '',
    selected ? 'is-selected' : '',
  ];
  return L.divIcon({
    className: 'yoldas-vehicle-icon',
    html: `<span class="${classes.join(' ')}">${escapeHtml(v.plate)}</span>`,
    iconSize: undefined,
    iconAnchor: [0, 0],
  });
}

/**
 * The vehicles on a Leaflet map: each at its last position with its trail,
 * a line to its next stop (all stops ahead for the chosen one), the late
 * ones in red. A click (or Enter on a focused marker) chooses a vehicle.
 * Without tiles (no internet) the markers and lines still show in place.
 */
export function FleetMap(props: {
  settings: MapSettings;
  vehicles: VehicleLiveView[];
  /** Drivers with an open emergency. */
  alarmed?: ReadonlySet<string> | undefined;
  selected: string | undefined;
  onSelect: (shiftId: string) => void;
  texts: FleetMapTexts;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const fitted = useRef(false);
  const onSelect = useRef(props.onSelect);
  onSelect.current = props.onSelect;
  const [tilesFailed, setTilesFailed] = useState(false);
  const [built, setBuilt] = useState(0);
  const { settings, texts } = props;

  useEffect(() => {
    if (!box.current) return;
    const m = L.map(box.current, {
      center: [settings.centre.lat, settings.centre.lng],
      zoom: settings.zoom,
      zoomControl: false,
      keyboard: true,
    });
    L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(m);
    L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19 })
      .on('tileerror', () => setTilesFailed(true))
      .addTo(m);
    layer.current = L.layerGroup().addTo(m);
    map.current = m;
    fitted.current = false;
    setBuilt((n) => n + 1);
    return () => {
      m.remove();
      map.current = null;
      layer.current = null;
    };
  }, [settings, texts.zoomIn, texts.zoomOut]);

  useEffect(() => {
    const m = map.current;
    const group = layer.current;
    if (!m || !group || built === 0) return;
    group.clearLayers();
    const placed: L.LatLngExpression[] = [];
    for (const v of props.vehicles) {
      if (!v.position) continue;
      const selected = v.shiftId === props.selected;
      const at: L.LatLngTuple = [v.position.lat, v.position.lng];
      placed.push(at);
      const colour = v.late ? '#c92a2a' : '#1864ab';
      if (v.trail.length > 1)
        L.polyline(
          v.trail.map((p) => [p.lat, p.lng] as L.LatLngTuple),
          { color: colour, weight: 3, opacity: 0.5, interactive: false },
        ).addTo(group);
      const ahead = selected ? v.nextStops : v.nextStops.slice(0, 1);
      if (ahead.length > 0) {
        L.polyline([at, ...ahead.map((s) => [s.lat, s.lng] as L.LatLngTuple)], {
          color: colour,
          weight: 2,
          dashArray: '6 6',
          interactive: false,
        }).addTo(group);
        for (const s of ahead)
          L.circleMarker([s.lat, s.lng], {
            radius: 6,
            color: colour,
            fillColor: s.lateMinutes > 0 ? '#c92a2a' : '#fff',
            fillOpacity: 1,
            interactive: false,
          }).addTo(group);
      }
      const marker = L.marker(at, {
        icon: vehicleIcon(v, selected, props.alarmed?.has(v.driverId) ?? false),
        keyboard: true,
        title: v.late ? `${v.plate} · ${texts.late}` : v.plate,
        alt: v.plate,
        zIndexOffset: selected ? 1000 : 0,
      });
      marker.on('click', () => onSelect.current(v.shiftId));
      marker.addTo(group);
    }
    // The first time vehicles show, the map looks at all of them.
    if (!fitted.current && placed.length > 0) {
      fitted.current = true;
      m.fitBounds(L.latLngBounds(placed), { padding: [40, 40], maxZoom: 15 });
    }
  }, [props.vehicles, props.selected, props.alarmed, built, texts.late]);

  return (
    <div>
      <div
        ref={box}
        role="application"
        aria-label={texts.map}
        style={{ height: props.height ?? 420, width: '100%' }}
      />
      {tilesFailed && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {texts.tilesFailed}
        </Text>
      )}
    </div>
  );
}
