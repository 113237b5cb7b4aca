import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { ApiError, apiGet } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import type { CitizenView } from '../shared/types.js';
import { CitizenRegister } from './citizen-register.js';

/** Search box, then one button per match; once picked, the citizen with a "change" button. */
export function CitizenPicker(props: {
  value: CitizenView | undefined;
  onChange: (citizen: CitizenView | undefined) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [found, setFound] = useState<CitizenView[]>();
  const [failure, setFailure] = useState<string>();
  const [registering, setRegistering] = useState(false);

  useEffect(() => {
    if (debounced.length < 2) {
      setFound(undefined);
      return;
    }
    let current = true;
    apiGet<CitizenView[]>(`/citizens?q=${encodeURIComponent(debounced)}&limit=8`)
      .then((rows) => {
        if (!current) return;
        setFound(rows);
        setFailure(undefined);
      })
      .catch((err: unknown) => {
        if (current) setFailure(err instanceof ApiError ? err.message : String(err));
      });
    return () => {
      current = false;
    };
  }, [debounced]);

  if (props.value) {
    return (
      <Group justify="space-between" wrap="wrap">
        <Text fw={600} role="status">
          {t('operator.citizenSelected', { name: props.value.fullName, phone: props.value.phone })}
        </Text>
        <Button variant="default" onClick={() => props.onChange(undefined)}>
          {t('operator.citizenChange')}
        </Button>
      </Group>
    );
  }

  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('operator.citizenSearch')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        error={props.error}
        autoComplete="off"
      />
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Group>
        <Button variant="subtle" onClick={() => setRegistering(true)}>
          {t('operator.register')}
        </Button>
      </Group>
      {registering && (
        <CitizenRegister
          opened
          initialName={/\d/.test(query) ? '' : query.trim()}
          onClose={() => setRegistering(false)}
          onCreated={(citizen) => {
            setRegistering(false);
            props.onChange(citizen);
          }}
        />
      )}
      <div aria-live="polite">
        {found?.length === 0 && <Text c="dimmed">{t('operator.citizenNone')}</Text>}
        <Group gap="xs" wrap="wrap">
          {found?.map((c) => (
            <Button
              key={c.id}
              variant="light"
              onClick={() => props.onChange(c)}
              aria-label={t('operator.citizenPick', { name: c.fullName })}
            >
              {c.fullName} · {c.phone}
              {c.home ? ` · ${c.home.label}` : ''}
            </Button>
          ))}
        </Group>
      </div>
    </Stack>
  );
}
