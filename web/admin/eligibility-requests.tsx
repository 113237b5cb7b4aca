import { Alert, Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '../shared/api.js';
import { DateField } from '../shared/date-fields.js';
import { dmy } from '../shared/time.js';
import { useAdminText } from './text.js';
import { fieldErrors, messageOf, useList } from './use-list.js';

export interface EligibilityRequest {
  id: string;
  citizenName: string;
  serviceId: string;
  basis: string | null;
  documentRef: string | null;
  disabilityRate: number | null;
  validFrom: string | null;
  validUntil: string | null;
  note: string | null;
  requestedBy: string;
  requestedByRole: string;
}

/**
 * "Bekleyen talepler": what operators (and citizens) asked for, for a
 * supervisor or administrator to grant, with the validity and basis asked
 * or changed, or to refuse with a reason.
 */
export function PendingRequests(props: {
  serviceName: (id: string) => string;
  onDecided: () => void;
}) {
  const { a } = useAdminText();
  const requests = useList<EligibilityRequest>('/eligibility/requests?status=open');
  const [granting, setGranting] = useState<EligibilityRequest | null>(null);
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const label = (r: EligibilityRequest) => ({
    name: r.citizenName,
    service: props.serviceName(r.serviceId),
  });

  async function refuse(r: EligibilityRequest) {
    const reason = window.prompt(a('elig.refuseReason', { name: r.citizenName }));
    if (!reason) return;
    try {
      await apiRequest(`/eligibility/requests/${r.id}/refuse`, {
        method: 'POST',
        body: { reason },
      });
      setNotice(a('elig.refused', label(r)));
      setFailure(undefined);
    } catch (e) {
      setFailure(messageOf(e));
    }
    requests.reload();
  }

  return (
    <Stack gap="sm">
      <Title order={3} size="h4" id="pending-requests">
        {a('elig.requests')}
      </Title>
      <Text size="sm">{a('elig.requestsHelp')}</Text>
      {notice && (
        <Alert role="status" color="blue">
          {notice}
        </Alert>
      )}
      {failure && (
        <Alert role="alert" color="red">
          {failure}
        </Alert>
      )}
      {(requests.items?.length ?? 0) > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-labelledby="pending-requests">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{a('elig.citizen')}</Table.Th>
                <Table.Th>{a('elig.service')}</Table.Th>
                <Table.Th>{a('elig.basis')}</Table.Th>
                <Table.Th>{a('elig.validity')}</Table.Th>
                <Table.Th>{a('elig.requestedBy')}</Table.Th>
                <Table.Th>{a('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.items?.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.citizenName}</Table.Td>
                  <Table.Td>{props.serviceName(r.serviceId)}</Table.Td>
                  <Table.Td>
                    {r.basis ?? '—'}
                    {r.documentRef ? ` (${r.documentRef})` : ''}
                    {r.note ? ` · ${r.note}` : ''}
                  </Table.Td>
                  <Table.Td>
                    {r.validFrom && r.validUntil
                      ? `${dmy(r.validFrom)} – ${dmy(r.validUntil)}`
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    {r.requestedByRole === 'citizen'
                      ? a('elig.citizenOwn', { name: r.requestedBy })
                      : r.requestedBy}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        onClick={() => setGranting(r)}
                        aria-label={a('elig.approveLabel', label(r))}
                      >
                        {a('elig.approve')}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        onClick={() => refuse(r)}
                        aria-label={a('elig.refuseLabel', label(r))}
                      >
                        {a('elig.refuse')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {requests.items?.length === 0 && <Text>{a('none')}</Text>}
      {granting && (
        <GrantDialog
          request={granting}
          title={a('elig.approveLabel', label(granting))}
          onClose={(done) => {
            setGranting(null);
            if (done) {
              setNotice(a('elig.approved', label(granting)));
              setFailure(undefined);
              requests.reload();
              props.onDecided();
            }
          }}
        />
      )}
    </Stack>
  );
}

/** Grant as asked, or with another validity or basis (a citizen's own application has none). */
function GrantDialog(props: {
  request: EligibilityRequest;
  title: string;
  onClose: (done: boolean) => void;
}) {
  const { a, t } = useAdminText();
  const r = props.request;
  const [validFrom, setValidFrom] = useState(r.validFrom ?? '');
  const [validUntil, setValidUntil] = useState(r.validUntil ?? '');
  const [basis, setBasis] = useState(r.basis ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await apiRequest(`/eligibility/requests/${r.id}/grant`, {
        method: 'POST',
        body: {
          ...(validFrom ? { validFrom } : {}),
          ...(validUntil ? { validUntil } : {}),
          ...(basis.trim() ? { basis } : {}),
        },
      });
      props.onClose(true);
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened
      onClose={() => props.onClose(false)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={props.title}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <DateField
            label={a('elig.validFrom')}
            value={validFrom}
            onChange={setValidFrom}
            error={errors.validFrom}
            required
          />
          <DateField
            label={a('elig.validUntil')}
            value={validUntil}
            onChange={setValidUntil}
            error={errors.validUntil}
            required
          />
          <TextInput
            label={a('elig.basis')}
            value={basis}
            onChange={(e) => setBasis(e.currentTarget.value)}
            error={errors.basis}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => props.onClose(false)}>
              {a('cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {a('elig.approve')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
