import { Badge } from '@mantine/core';
import type { BookingView } from '../../src/realtime/events.js';
import { useI18n } from './i18n.js';

type Status = BookingView['status'];

const COLOR: Record<Status, string> = {
  pending: 'gray',
  scheduled: 'blue',
  refused: 'red',
  cancelled: 'dark',
  arrived: 'yellow',
  'on-board': 'orange',
  completed: 'green',
  'no-show': 'grape',
  'will-call': 'yellow',
};

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    // The label never shrinks to "PLANLA…": a narrow table column widens for it instead.
    <Badge
      color={COLOR[status]}
      size="lg"
      variant="light"
      styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
