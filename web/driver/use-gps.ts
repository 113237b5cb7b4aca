import { useEffect, useState } from 'react';

// The server keeps at most one fix per POSITION_INTERVAL_SECONDS (10 s by default) and drops the rest.
const SEND_EVERY_MS = 10_000;

export type GpsState = 'off' | 'on' | 'denied';

/**
 * Watches the phone's position while `onShift` and hands a fix to `send` at
 * most every ten seconds; outside a shift nothing is watched or sent. The
 * page tells the driver which it is.
 */
export function useGps(
  onShift: boolean,
  send: (fix: { lat: number; lng: number; accuracy?: number; at: string }) => void,
): GpsState {
  const [state, setState] = useState<GpsState>('off');
  useEffect(() => {
    if (!onShift || !('geolocation' in navigator)) {
      setState('off');
      return;
    }
    let latest: GeolocationPosition | undefined;
    let sentAt = 0;
    const sendLatest = () => {
      if (!latest || Date.now() - sentAt < SEND_EVERY_MS - 500) return;
      sentAt = Date.now();
      // A parked car's phone reports no new fix: the last one is where it still is.
      send({
        lat: latest.coords.latitude,
        lng: latest.coords.longitude,
        accuracy: latest.coords.accuracy,
        at: new Date(sentAt).toISOString(),
      });
    };
    const id = navigator.geolocation.watchPosition(
      (p) => {
        setState('on');
        latest = p;
        sendLatest();
      },
      (error) => setState(error.code === error.PERMISSION_DENIED ? 'denied' : 'on'),
      { enableHighAccuracy: true, maximumAge: 5_000 },
    );
    const timer = setInterval(sendLatest, SEND_EVERY_MS);
    return () => {
      navigator.geolocation.clearWatch(id);
      clearInterval(timer);
    };
  }, [onShift, send]);
  return state;
}
