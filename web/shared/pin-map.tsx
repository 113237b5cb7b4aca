import 'leaflet/dist/leaflet.css';
import './pin-map.css';
import { Anchor, Box, Button, Group, Text } from '@mantine/core';
import * as L from 'leaflet';
import { useEffect, useId, useRef, useState } from 'react';

export interface LatLngValue {
  lat: number;
  lng: number;
}

/** `GET /api/places/map-settings`. */
export interface MapSettings {
  tileUrl: string;
  attribution: string;
  centre: LatLngValue;
  zoom: number;
}

/** The words the map shows, in the page's language. */
export interface PinMapTexts {
  map: string;
  skip: string;
  pin: string;
  pinHere: string;
  tilesFailed: string;
  zoomIn: string;
  zoomOut: string;
}

// A pin drawn in CSS: no image to load (the default marker's PNGs would need
// bundler tricks), and it shows even when no tile does.
const PIN_ICON = L.divIcon({
  className: 'yoldas-pin',
  html: '<div style="width:22px;height:22px;border-radius:50% 50% 50% 0;background:#c92a2a;border:3px solid #fff;box-shadow:0 0 0 2px #c92a2a;transform:rotate(-45deg)"></div>',
  iconSize: [22, 22],
  iconAnchor: [11, 26],
});

/**
 * A Leaflet map where the operator marks the door: a click drops the pin, a
 * drag moves it. Keyboard users reach the map (arrow keys pan, +/− zoom) and
 * put the pin at its centre with a button, or skip it with a link. When the
 * tiles cannot load (no internet, tile server down) the map still takes
 * clicks and shows the pin, and a note says why it is blank.
 */
export function PinMap(props: {
  settings: MapSettings;
  pin: LatLngValue | null;
  /** Where to look; the map flies there when it changes (a found address). */
  focus: LatLngValue | null;
  onPin: (point: LatLngValue) => void;
  texts: PinMapTexts;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.Marker | null>(null);
  const onPin = useRef(props.onPin);
  onPin.current = props.onPin;
  const [tilesFailed, setTilesFailed] = useState(false);
  // Bumped when a map is (re)built, so the pin is put back on the new one.
  const [built, setBuilt] = useState(0);
  const after = useId();
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
    m.on('click', (e: L.LeafletMouseEvent) =>
      onPin.current({ lat: e.latlng.lat, lng: e.latlng.lng }),
    );
    map.current = m;
    setBuilt((n) => n + 1);
    return () => {
      m.remove();
      map.current = null;
      marker.current = null;
    };
  }, [settings, texts.zoomIn, texts.zoomOut]);

  useEffect(() => {
    const m = map.current;
    if (!m || built === 0) return;
    if (!props.pin) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    const at: L.LatLngExpression = [props.pin.lat, props.pin.lng];
    if (marker.current) {
      marker.current.setLatLng(at);
      return;
    }
    const pin = L.marker(at, { draggable: true, keyboard: true, title: texts.pin, icon: PIN_ICON });
    pin.on('dragend', () => {
      const p = pin.getLatLng();
      onPin.current({ lat: p.lat, lng: p.lng });
    });
    pin.addTo(m);
    marker.current = pin;
  }, [props.pin, texts.pin, built]);

  const focusLat = props.focus?.lat;
  const focusLng = props.focus?.lng;
  useEffect(() => {
    if (focusLat === undefined || focusLng === undefined) return;
    map.current?.setView([focusLat, focusLng], 17);
  }, [focusLat, focusLng]);

  return (
    <Box>
      <Anchor
        href={`#${after}`}
        size="sm"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById(after)?.focus();
        }}
      >
        {texts.skip}
      </Anchor>
      <div
        ref={box}
        role="application"
        aria-label={texts.map}
        style={{ height: props.height ?? 320, width: '100%', marginTop: 4 }}
      />
      {tilesFailed && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {texts.tilesFailed}
        </Text>
      )}
      <Group mt="xs">
        <Button
          id={after}
          variant="default"
          onClick={() => {
            const c = map.current?.getCenter();
            if (c) onPin.current({ lat: c.lat, lng: c.lng });
          }}
        >
          {texts.pinHere}
        </Button>
      </Group>
    </Box>
  );
}
