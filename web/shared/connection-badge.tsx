import { Badge } from '@mantine/core';
import { useI18n } from './i18n.js';
import type { ConnectionState } from './socket.js';

const COLOR: Record<ConnectionState, string> = {
  connected: 'green',
  connecting: 'yellow',
  offline: 'red',
};

/** The live connection's state, announced when it changes. */
export function ConnectionBadge({ state }: { state: ConnectionState }) {
  const { t } = useI18n();
  return (
    <Badge role="status" aria-live="polite" color={COLOR[state]} size="lg" variant="dot">
      {t(`conn.${state}`)}
    </Badge>
  );
}
