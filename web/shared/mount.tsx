import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './app.css';
import 'dayjs/locale/tr';
import 'dayjs/locale/en';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useI18n } from './i18n.js';
import { theme } from './theme.js';

/** Calendars in the page's language, weeks from Monday as in Türkiye. */
function Dates({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
      {children}
    </DatesProvider>
  );
}

/** Renders a page into #root inside the Mantine provider. */
export function mount(page: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(
    <MantineProvider theme={theme}>
      <Dates>{page}</Dates>
    </MantineProvider>,
  );
}
