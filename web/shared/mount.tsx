import '@mantine/core/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { theme } from './theme.js';

/** Renders a page into #root inside the Mantine provider. */
export function mount(page: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(<MantineProvider theme={theme}>{page}</MantineProvider>);
}
