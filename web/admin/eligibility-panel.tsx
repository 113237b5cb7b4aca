import {
  Alert,
  Button,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { apiGet, apiRequest } from '../shared/api.js';
import { DateField } from '../shared/date-fields.js';
import { dmy, localDate } from '../shared/time.js';
import type { ServiceView } from '../shared/types.js';
import { PendingRequests } from './eligibility-requests.js';
import { useAdminText } from './text.js';
import { fieldErrors, messageOf, useList } from './use-list.js';

interface Expiring {
  id: string;
  citizenName: string;
  serviceId: string;
  validUntil: string;
  basis: string;
  documentRef: string | null;
  grantedBy: string | null;
}

/** Grant a citizen's eligibility for a service; see those lapsing soon; revoke with a reason. */
export function EligibilityPanel() {
  const { a, lang } = useAdminText();
  const services = useList<ServiceView>('/services');
  const expiring = useList<Expiring>('/eligibility/expiring?withinDays=30');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ value: string; label: string }[]>([]);
  const [citizenId, setCitizenId] = useState<string | null>(null);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [validFrom, setValidFrom] = useState(localDate());
  const [validUntil, setValidUntil] = useState(localDate(365));
  const [basis, setBasis] = useState('');
  const [disabilityRate, setDisabilityRate] = useState<number | string>('');
  const [documentRef, setDocumentRef] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const serviceName = (id: string) => {
    const s = services.items?.find((x) => x.id === id);
    return s ? (lang === 'tr' ? s.nameTr : s.nameEn) : id;
  };

  useEffect(() => {
    if (query.trim().length < 2) return;
    let live = true;
    const timer = setTimeout(() => {
      apiGet<{ id: string; fullName: string; phone: string }[]>(
        `/citizens?q=${encodeURIComponent(query.trim())}`,
      )
        .then((rows) => {
          if (live)
            setFound(rows.map((c) => ({ value: c.id, label: `${c.fullName} · ${c.phone}` })));
        })
        .catch(() => {});
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!citizenId) {
      setErrors({ citizen: a('elig.pickCitizen') });
      return;
    }
    try {
      await apiRequest(`/citizens/${citizenId}/eligibility`, {
        method: 'POST',
        body: {
          serviceId: serviceId ?? '',
          validFrom,
          validUntil,
          basis,
          ...(disabilityRate !== '' ? { disabilityRate: Number(disabilityRate) } : {}),
          ...(documentRef ? { documentRef } : {}),
        },
      });
      setNotice(a('saved'));
      setErrors({});
      setFailure(undefined);
      expiring.reload();
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(messageOf(e));
    }
  }

  async function revoke(e: Expiring) {
    const reason = window.prompt(a('elig.revokeReason', { name: e.citizenName }));
    if (!reason) return;
    try {
      await apiRequest(`/eligibility/${e.id}/revoke`, { method: 'POST', body: { reason } });
    } catch (err) {
      setFailure(messageOf(err));
    }
    expiring.reload();
  }

  return (
    <Stack>
      <Title order={2} size="h3">
        {a('tab.eligibility')}
      </Title>
      {notice && (
        <Alert role="status" color="blue">
          {notice}
        </Alert>
      )}
      <PendingRequests serviceName={serviceName} onDecided={expiring.reload} />
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-labelledby="new-eligibility">
          <Stack>
            <Title order={3} size="h4" id="new-eligibility">
              {a('elig.grant')}
            </Title>
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={a('elig.citizen')}
                description={a('elig.citizenHelp')}
                searchable
                searchValue={query}
                onSearchChange={setQuery}
                data={found}
                value={citizenId}
                onChange={setCitizenId}
                filter={({ options }) => options}
                error={errors.citizen}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={a('elig.service')}
                data={(services.items ?? []).map((s) => ({
                  value: s.id,
                  label: serviceName(s.id),
                }))}
                value={serviceId}
                onChange={setServiceId}
                error={errors.serviceId}
                comboboxProps={{ withinPortal: true }}
              />
              <DateField
                label={a('elig.validFrom')}
                value={validFrom}
                onChange={setValidFrom}
                error={errors.validFrom}
              />
              <DateField
                label={a('elig.validUntil')}
                value={validUntil}
                onChange={setValidUntil}
                error={errors.validUntil}
              />
              <TextInput
                label={a('elig.basis')}
                description={a('elig.basisHelp')}
                value={basis}
                onChange={(e) => setBasis(e.currentTarget.value)}
                error={errors.basis}
                required
              />
              <NumberInput
                label={a('elig.rate')}
                value={disabilityRate}
                onChange={setDisabilityRate}
                min={0}
                max={100}
                error={errors.disabilityRate}
              />
              <TextInput
                label={a('elig.documentRef')}
                value={documentRef}
                onChange={(e) => setDocumentRef(e.currentTarget.value)}
                error={errors.documentRef}
              />
            </SimpleGrid>
            <Button type="submit" style={{ alignSelf: 'flex-end' }}>
              {a('elig.grant')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Title order={3} size="h4">
        {a('elig.expiring')}
      </Title>
      {(expiring.items?.length ?? 0) > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{a('elig.citizen')}</Table.Th>
                <Table.Th>{a('elig.service')}</Table.Th>
                <Table.Th>{a('elig.validUntil')}</Table.Th>
                <Table.Th>{a('elig.basis')}</Table.Th>
                <Table.Th>{a('elig.grantedBy')}</Table.Th>
                <Table.Th>{a('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {expiring.items?.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.citizenName}</Table.Td>
                  <Table.Td>{serviceName(e.serviceId)}</Table.Td>
                  <Table.Td>{dmy(e.validUntil)}</Table.Td>
                  <Table.Td>
                    {e.basis}
                    {e.documentRef ? ` (${e.documentRef})` : ''}
                  </Table.Td>
                  <Table.Td>{e.grantedBy ?? '—'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      onClick={() => revoke(e)}
                      aria-label={`${a('elig.revoke')}: ${e.citizenName}`}
                    >
                      {a('elig.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {expiring.items?.length === 0 && <Text>{a('none')}</Text>}
    </Stack>
  );
}
