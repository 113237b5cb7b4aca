import { Alert, Anchor, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type Ref, useEffect, useState } from 'react';
import { ApiError, apiGet } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { localDate } from '../shared/time.js';
import type { CitizenView, ServiceView } from '../shared/types.js';
import { CitizenRegister } from './citizen-register.js';

/** Search box, then one button per match; once picked, the citizen with a "change" button. */
export function CitizenPicker(props: {
  value: CitizenView | undefined;
  onChange: (citizen: CitizenView | undefined) => void;
  error?: string | undefined;
  searchRef?: Ref<HTMLInputElement>;
  changeRef?: Ref<HTMLButtonElement>;
  services?: ServiceView[];
}) {
  const { t, lang } = useI18n();
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
    const today = localDate();
    const valid = props.value.eligibility.filter(
      (e) => e.validFrom <= today && today <= e.validUntil,
    );
    const name = (id: string) => {
      const s = props.services?.find((x) => x.id === id);
      return s ? (lang === 'tr' ? s.nameTr : s.nameEn) : id;
    };
    return (
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap">
          <Text fw={600} role="status">
            {t('operator.citizenSelected', {
              name: props.value.fullName,
              phone: props.value.phone,
            })}
          </Text>
          <Group gap="xs">
            <Anchor href={`#/citizens/${props.value.id}`}>{t('citizen.open')}</Anchor>
            <Button
              ref={props.changeRef}
              variant="default"
              onClick={() => props.onChange(undefined)}
            >
              {t('operator.citizenChange')}
            </Button>
          </Group>
        </Group>
        <Group gap={4}>
          <Text size="sm">{t('citizen.eligibility')}:</Text>
          {valid.length === 0 ? (
            <Badge color="red" variant="filled">
              {t('citizen.none')}
            </Badge>
          ) : (
            valid.map((e) => (
              <Badge key={e.id} variant="light" color="green">
                {name(e.serviceId)}
              </Badge>
            ))
          )}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="xs">
      <TextInput
        ref={props.searchRef}
        type="search"
        aria-keyshortcuts="Alt+V"
        label={t('operator.citizenSearch')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter takes the first match (the list is ranked); it never submits the booking.
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (found?.[0]) props.onChange(found[0]);
        }}
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
