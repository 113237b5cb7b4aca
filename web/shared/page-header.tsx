import { Button, Group, SegmentedControl, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { type Lang, useI18n } from './i18n.js';

/** Page title, the language switch, whatever the page adds (connection state) and log out. */
export function PageHeader(props: {
  title: string;
  userName?: string;
  onLogout?: () => void;
  children?: ReactNode;
}) {
  const { lang, setLang, t } = useI18n();
  return (
    <Group component="header" justify="space-between" wrap="wrap" gap="sm" mb="md">
      <Title order={1} size="h2">
        {props.title}
        {props.userName ? ` · ${props.userName}` : ''}
      </Title>
      <Group gap="sm" wrap="wrap">
        {props.children}
        <SegmentedControl
          aria-label={t('common.language')}
          value={lang}
          onChange={(value) => setLang(value as Lang)}
          data={[
            { value: 'tr', label: 'Türkçe' },
            { value: 'en', label: 'English' },
          ]}
        />
        {props.onLogout && (
          <Button variant="default" onClick={props.onLogout}>
            {t('common.logout')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
