import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { EmergencyReport, EmergencyView } from '../../src/realtime/events.js';
import { ApiError, apiRequest } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { newId } from '../shared/ids.js';
import type { YoldasSocket } from '../shared/socket.js';
import { hhmm } from '../shared/time.js';

const ACK_TIMEOUT_MS = 5_000;
const RETRY_MS = 3_000;

type State =
  | { step: 'idle' }
  | { step: 'confirm' }
  | { step: 'sending'; retrying: boolean }
  | { step: 'raised'; emergency: EmergencyView }
  | { step: 'refused'; message: string };

/** The phone's position now, if it can tell within a couple of seconds (else the server uses the last one sent). */
function here(): Promise<{ lat: number; lng: number } | undefined> {
  if (!('geolocation' in navigator)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), 2_500);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        clearTimeout(timer);
        resolve({ lat: p.coords.latitude, lng: p.coords.longitude });
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
      { maximumAge: 30_000, timeout: 2_000 },
    );
  });
}

/**
 * The emergency button: one confirmation (a pocket press must not alarm the
 * office), then the alarm is sent with the phone's position and sent again
 * until the server has it (one id: counted once). The driver sees when it
 * arrived and which operator took it.
 */
export function EmergencyButton(props: { socket: YoldasSocket | undefined }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const socketRef = useRef(props.socket);
  socketRef.current = props.socket;
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  useEffect(() => {
    const socket = props.socket;
    if (!socket) return;
    const onEmergency = (e: EmergencyView) =>
      setState((s) =>
        // A late copy of the alarm itself never hides that it was taken.
        s.step === 'raised' &&
        s.emergency.id === e.id &&
        !(s.emergency.acknowledgedAt && !e.acknowledgedAt)
          ? { step: 'raised', emergency: e }
          : s,
      );
    socket.on('emergency', onEmergency);
    return () => {
      socket.off('emergency', onEmergency);
    };
  }, [props.socket]);

  const raise = async () => {
    setState({ step: 'sending', retrying: false });
    const report: EmergencyReport = { clientEventId: newId(), ...(await here()) };
    while (alive.current) {
      try {
        const socket = socketRef.current;
        let emergency: EmergencyView;
        if (socket?.connected) {
          const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('driver:emergency', report);
          if (!ack.ok) throw new ApiError(400, ack.error.code, ack.error.message);
          emergency = ack.data;
        } else {
          emergency = (
            await apiRequest<EmergencyView>('/driver/emergencies', { method: 'POST', body: report })
          ).body;
        }
        setState({ step: 'raised', emergency });
        return;
      } catch (error) {
        // Refused by the server (not lost on the way): sending it again would not help.
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
          setState({ step: 'refused', message: error.message });
          return;
        }
        setState({ step: 'sending', retrying: true });
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
  };

  return (
    <Stack gap="xs">
      {/* Once an operator has taken it, another emergency can be raised. */}
      {(state.step === 'idle' ||
        state.step === 'refused' ||
        (state.step === 'raised' && state.emergency.acknowledgedAt !== null)) && (
        <Button color="red.9" size="lg" fullWidth onClick={() => setState({ step: 'confirm' })}>
          {t('emergency.button')}
        </Button>
      )}
      {state.step === 'confirm' && (
        <Alert color="red" role="group" aria-labelledby="emergency-confirm">
          <Text id="emergency-confirm" fw={600}>
            {t('emergency.confirm')}
          </Text>
          <Group mt="sm" grow>
            <Button color="red.9" size="lg" onClick={() => void raise()} autoFocus>
              {t('emergency.yes')}
            </Button>
            <Button variant="default" size="lg" onClick={() => setState({ step: 'idle' })}>
              {t('emergency.no')}
            </Button>
          </Group>
        </Alert>
      )}
      <div role="status">
        {state.step === 'sending' && (
          <Alert color="red">
            {state.retrying ? t('emergency.retrying') : t('emergency.sending')}
          </Alert>
        )}
        {state.step === 'refused' && (
          <Alert color="red">
            <Text size="sm" c="dark.9">
              {state.message}
            </Text>
          </Alert>
        )}
        {state.step === 'raised' && (
          <Alert color={state.emergency.acknowledgedAt ? 'teal' : 'red'}>
            <Text size="sm" c="dark.9">
              {state.emergency.acknowledgedAt
                ? t('emergency.taken', {
                    name: state.emergency.acknowledgedByName ?? '—',
                    time: hhmm(state.emergency.acknowledgedAt),
                  })
                : t('emergency.raised', { time: hhmm(state.emergency.at) })}
            </Text>
          </Alert>
        )}
      </div>
    </Stack>
  );
}
