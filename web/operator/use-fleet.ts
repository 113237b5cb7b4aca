import { useEffect, useState } from 'react';
import type { VehicleLiveView } from '../../src/realtime/events.js';
import { apiGet } from '../shared/api.js';
import type { YoldasSocket } from '../shared/socket.js';

// Shifts start and end while the page is open: the list is asked again this often.
const RELOAD_MS = 60_000;

/**
 * The vehicles on shift now (`GET /api/fleet/live`), each replaced by its
 * newest `vehicle:position` push; asked again after a reconnect (pushes sent
 * while away are lost) and every minute (shifts begin and end).
 */
export function useFleet(socket: YoldasSocket | undefined): {
  vehicles: VehicleLiveView[];
  error: unknown;
} {
  const [vehicles, setVehicles] = useState<VehicleLiveView[]>([]);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let alive = true;
    const load = () =>
      apiGet<VehicleLiveView[]>('/fleet/live')
        .then((all) => {
          if (!alive) return;
          setError(undefined);
          // A push newer than the answer (it left the server later) is kept.
          setVehicles((old) =>
            all.map((v) => {
              const known = old.find((o) => o.shiftId === v.shiftId);
              return known?.position && v.position && known.position.at > v.position.at ? known : v;
            }),
          );
        })
        .catch((err: unknown) => alive && setError(err));
    void load();
    const timer = setInterval(load, RELOAD_MS);
    const onMove = (view: VehicleLiveView) =>
      setVehicles((old) =>
        old.some((v) => v.shiftId === view.shiftId)
          ? old.map((v) => (v.shiftId === view.shiftId ? view : v))
          : [...old, view].sort((a, b) => a.plate.localeCompare(b.plate)),
      );
    const onReconnect = () => void load();
    socket?.on('vehicle:position', onMove);
    socket?.on('connect', onReconnect);
    return () => {
      alive = false;
      clearInterval(timer);
      socket?.off('vehicle:position', onMove);
      socket?.off('connect', onReconnect);
    };
  }, [socket]);

  return { vehicles, error };
}
