import 'leaflet/dist/leaflet.css';
import { Anchor, Box } from '@mantine/core';
import * as L from 'leaflet';
import { useEffect, useId, useRef } from 'react';
import type { MapSettings } from '../../shared/pin-map.js';

export interface MapPlace {
  placeId: string | null;
  name: string;
  lat: number;
  lng: number;
  requested: number;
  completed: number;
}

/**
 * Where rides start: a circle on each place, its area proportional to the
 * requests. The same figures are in the table beside it, which is what a
 * screen reader reads (the map itself is skippable).
 */
export function ReportsMap(props: {
  settings: MapSettings;
  places: readonly MapPlace[];
  label: string;
  skip: string;
}) {
  const box = useRef<HTMLElement>(null);
  const after = useId();
  const { settings, places } = props;

  useEffect(() => {
    if (!box.current) return;
    const m = L.map(box.current, {
      center: [settings.centre.lat, settings.centre.lng],
      zoom: Math.max(10, settings.zoom - 2),
      keyboard: true,
    });
    L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19 }).addTo(m);
    const most = Math.max(1, ...places.map((p) => p.requested));
    const circles = places.map((p) =>
      L.circleMarker([p.lat, p.lng], {
        radius: 4 + 20 * Math.sqrt(p.requested / most),
        color: '#1864ab',
        weight: 1,
        fillColor: '#1c7ed6',
        fillOpacity: 0.45,
      })
        .bindTooltip(`${p.name}: ${p.requested} / ${p.completed}`)
        .addTo(m),
    );
    if (circles.length > 0) m.fitBounds(L.featureGroup(circles).getBounds().pad(0.2));
    return () => {
      m.remove();
    };
  }, [settings, places]);

  return (
    <Box className="reports-map">
      <Anchor
        href={`#${after}`}
        size="sm"
        className="no-print"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById(after)?.focus();
        }}
      >
        {props.skip}
      </Anchor>
      <section
        ref={box}
        aria-label={props.label}
        style={{ height: 360, width: '100%', marginTop: 4 }}
      />
      <span id={after} tabIndex={-1} />
    </Box>
  );
}
