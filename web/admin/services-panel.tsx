import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { apiRequest } from '../shared/api.js';
import type { ServiceView } from '../shared/types.js';
import { MessageTemplates } from './message-templates.js';
import { type AdminKey, useAdminText } from './text.js';
import { fieldErrors, messageOf, useList } from './use-list.js';

type Rules = ServiceView & Record<string, unknown>;

/** The numbers of a service, each with what it means (svc.<field>.help). */
const NUMBERS: { key: string; min: number; max: number; step?: number }[] = [
  { key: 'minNoticeMinutes', min: 0, max: 10_080 },
  { key: 'maxDaysAhead', min: 0, max: 365 },
  { key: 'pickupWindowMinutes', min: 5, max: 240 },
  { key: 'arrivalMarginMinutes', min: 0, max: 120 },
  { key: 'arrivalWindowMinutes', min: 5, max: 240 },
  { key: 'returnReadyAfterMinutes', min: 0, max: 720 },
  { key: 'maxRideFactor', min: 1, max: 5, step: 0.1 },
  { key: 'maxRideExtraMinutes', min: 0, max: 180 },
  { key: 'maxCompanions', min: 0, max: 6 },
  { key: 'dwellSeconds', min: 0, max: 1_800 },
  { key: 'wheelchairDwellSeconds', min: 0, max: 1_800 },
];
const SWITCHES = ['active', 'sameDayAllowed', 'asapAllowed', 'sharedRides', 'returnTrip'];
/** The no-show and late-cancel policy: its own group, since a booking keeps the one it was made under. */
const POLICY_NUMBERS: { key: string; min: number; max: number }[] = [
  { key: 'noShowWaitMinutes', min: 0, max: 60 },
  { key: 'lateCancelMinutes', min: 0, max: 2_880 },
  { key: 'noShowWarnAfter', min: 1, max: 50 },
  { key: 'noShowPeriodDays', min: 1, max: 730 },
];

const NEW_SERVICE: Record<string, unknown> = {
  id: '',
  nameTr: '',
  nameEn: '',
  active: true,
  requiredFeatures: [],
  timing: 'pickup',
  minNoticeMinutes: 60,
  maxDaysAhead: 14,
  sameDayAllowed: true,
  pickupWindowMinutes: 20,
  arrivalMarginMinutes: 0,
  arrivalWindowMinutes: 30,
  asapAllowed: false,
  returnReadyAfterMinutes: 60,
  maxRideFactor: 1.5,
  maxRideExtraMinutes: 15,
  sharedRides: false,
  maxCompanions: 1,
  returnTrip: false,
  dwellSeconds: 180,
  wheelchairDwellSeconds: 420,
  noShowWaitMinutes: 5,
  lateCancelMinutes: 60,
  noShowWarnAfter: 3,
  noShowPeriodDays: 90,
  lateCancelsCount: false,
  quietHours: null,
};

/** Every rule of a service, explained; a change counts for bookings made from now. */
export function ServicesPanel() {
  const { a, t } = useAdminText();
  const services = useList<Rules>('/services');
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<Record<string, unknown>>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const isNew = selected === '__new';

  useEffect(() => {
    if (isNew) setDraft({ ...NEW_SERVICE });
    else setDraft(services.items?.find((s) => s.id === selected));
    setErrors({});
    setFailure(undefined);
  }, [selected, services.items, isNew]);

  const set = (key: string, value: unknown) => setDraft((d) => ({ ...d, [key]: value }));
  const label = (key: string) => a(`svc.${key}` as AdminKey);
  const help = (key: string) => a(`svc.${key}.help` as AdminKey);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    try {
      const { id, ...rules } = draft as Record<string, unknown>;
      const res = await apiRequest<Rules>(isNew ? '/services' : `/services/${String(id)}`, {
        method: isNew ? 'POST' : 'PATCH',
        body: isNew ? draft : rules,
      });
      setNotice(a('svc.saved', { name: res.body.nameTr }));
      setErrors({});
      setFailure(undefined);
      services.reload();
      setSelected(res.body.id);
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(messageOf(e));
    }
  }

  return (
    <Stack>
      <Title order={2} size="h3">
        {a('tab.services')}
      </Title>
      <Select
        label={a('svc.choose')}
        data={[
          ...(services.items ?? []).map((s) => ({ value: s.id, label: s.nameTr })),
          { value: '__new', label: a('svc.new') },
        ]}
        value={selected}
        onChange={setSelected}
        comboboxProps={{ withinPortal: true }}
      />
      {notice && (
        <Alert
          role="status"
          color="blue"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(undefined)}
        >
          {notice}
        </Alert>
      )}
      {draft && (
        <Paper withBorder p="md">
          <form onSubmit={submit} noValidate aria-label={a('svc.rules')}>
            <Stack>
              <Alert color="gray">{a('svc.effect')}</Alert>
              {failure && (
                <Alert color="red" role="alert">
                  {failure}
                </Alert>
              )}
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {isNew && (
                  <TextInput
                    label={label('id')}
                    description={help('id')}
                    value={String(draft.id ?? '')}
                    onChange={(e) => set('id', e.currentTarget.value)}
                    error={errors.id}
                    required
                  />
                )}
                <TextInput
                  label={label('nameTr')}
                  value={String(draft.nameTr ?? '')}
                  onChange={(e) => set('nameTr', e.currentTarget.value)}
                  error={errors.nameTr}
                  required
                />
                <TextInput
                  label={label('nameEn')}
                  value={String(draft.nameEn ?? '')}
                  onChange={(e) => set('nameEn', e.currentTarget.value)}
                  error={errors.nameEn}
                  required
                />
                <Select
                  label={label('timing')}
                  description={help('timing')}
                  data={[
                    { value: 'pickup', label: a('svc.timing.pickup') },
                    { value: 'arrive-by', label: a('svc.timing.arriveBy') },
                  ]}
                  value={String(draft.timing)}
                  onChange={(v) => set('timing', v)}
                  error={errors.timing}
                  comboboxProps={{ withinPortal: true }}
                />
                {NUMBERS.map((n) => (
                  <NumberInput
                    key={n.key}
                    label={label(n.key)}
                    description={help(n.key)}
                    value={Number(draft[n.key])}
                    onChange={(v) => set(n.key, Number(v))}
                    min={n.min}
                    max={n.max}
                    step={n.step ?? 1}
                    decimalScale={n.step ? 1 : 0}
                    error={errors[n.key]}
                  />
                ))}
              </SimpleGrid>
              <Checkbox.Group
                label={label('requiredFeatures')}
                description={help('requiredFeatures')}
                value={(draft.requiredFeatures as string[]) ?? []}
                onChange={(v) => set('requiredFeatures', v)}
                error={errors.requiredFeatures}
              >
                <Group mt="xs">
                  <Checkbox value="wheelchairAccess" label={a('svc.feature.wheelchairAccess')} />
                  <Checkbox value="infantSeat" label={a('svc.feature.infantSeat')} />
                </Group>
              </Checkbox.Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {SWITCHES.map((key) => (
                  <Switch
                    key={key}
                    label={label(key)}
                    description={help(key)}
                    checked={Boolean(draft[key])}
                    onChange={(e) => set(key, e.currentTarget.checked)}
                    error={errors[key]}
                  />
                ))}
              </SimpleGrid>
              <Fieldset legend={a('svc.policy')}>
                <Stack>
                  <Alert color="gray">{a('svc.policy.help')}</Alert>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    {POLICY_NUMBERS.map((n) => (
                      <NumberInput
                        key={n.key}
                        label={label(n.key)}
                        description={help(n.key)}
                        value={Number(draft[n.key])}
                        onChange={(v) => set(n.key, Number(v))}
                        min={n.min}
                        max={n.max}
                        decimalScale={0}
                        error={errors[n.key]}
                      />
                    ))}
                  </SimpleGrid>
                  <Switch
                    label={label('lateCancelsCount')}
                    description={help('lateCancelsCount')}
                    checked={Boolean(draft.lateCancelsCount)}
                    onChange={(e) => set('lateCancelsCount', e.currentTarget.checked)}
                    error={errors.lateCancelsCount}
                  />
                </Stack>
              </Fieldset>
              <TextInput
                label={label('quietHours')}
                description={help('quietHours')}
                placeholder="22:00-08:00"
                value={typeof draft.quietHours === 'string' ? draft.quietHours : ''}
                // Empty is null: the service follows the city's setting again.
                onChange={(e) => set('quietHours', e.currentTarget.value.trim() || null)}
                error={errors.quietHours}
              />
              <Group justify="flex-end">
                <Button type="submit">{a('save')}</Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      {draft && !isNew && selected && <MessageTemplates serviceId={selected} />}
    </Stack>
  );
}
