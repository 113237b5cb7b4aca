import {
  Alert,
  Anchor,
  Button,
  Container,
  Group,
  List,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ApiError, apiGet } from '../../shared/api.js';
import { DateField } from '../../shared/date-fields.js';
import { PageHeader } from '../../shared/page-header.js';
import type { MapSettings } from '../../shared/pin-map.js';
import type { Session } from '../../shared/session.js';
import { loadSession } from '../../shared/session.js';
import { dmyHm } from '../../shared/time.js';
import { ReportsMap } from './reports-map.js';
import { useReportsText } from './text.js';

type Kind = 'year' | 'month' | 'custom';

interface ServiceName {
  id: string;
  nameTr: string;
  nameEn: string;
}
interface ActivityRow {
  serviceId: string | null;
  requested: number;
  completed: number;
  cancelled: number;
  cancelledByCitizen: number;
  cancelledByOperator: number;
  cancelledBySystem: number;
  lateCancels: number;
  noShows: number;
  refused: number;
  turnedDown: number;
  citizensServed: number;
  neighbourhoods: number;
  villages: number;
  firstRide: string | null;
  lastRide: string | null;
}
interface Activity {
  services: ServiceName[];
  rows: ActivityRow[];
  sentences: { tr: string[]; en: string[] };
}
interface RefusalRow {
  serviceId: string;
  reason: string;
  refused: number;
  turnedDown: number;
}
interface QualityRow {
  serviceId: string | null;
  pickups: number;
  onTimePickups: number;
  meanLateMinutes: number | null;
  p95LateMinutes: number | null;
  arriveByRides: number;
  arrivedBeforeAppointment: number;
  rideRatioMean: number | null;
  completed: number;
  shared: number;
  utilisation: number | null;
  emptyKm: number;
  overtimeShifts: number;
  overtimeHours: number;
}
interface PlaceRow {
  placeId: string | null;
  name: string;
  kind: string;
  lat: number;
  lng: number;
  requested: number;
  completed: number;
}
interface Reports {
  activity: Activity;
  refusals: RefusalRow[];
  quality: QualityRow[];
  places: PlaceRow[];
}

const percent = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;

/** Saves a report table as CSV (fetched with the bearer token, so not a plain link). */
async function downloadCsv(table: string, query: string) {
  const res = await fetch(`/api/reports/${table}?${query}&format=csv`, {
    headers: { Authorization: `Bearer ${loadSession()?.accessToken ?? ''}` },
  });
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download =
    /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${table}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

function Section(props: {
  title: string;
  csv?: { table: string; query: string; label: string };
  children: ReactNode;
}) {
  return (
    <Paper component="section" withBorder p="md" className="reports-section">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3">
          {props.title}
        </Title>
        {props.csv && (
          <Button
            variant="light"
            size="xs"
            className="no-print"
            onClick={() => void downloadCsv(props.csv!.table, props.csv!.query)}
          >
            {props.csv.label}
          </Button>
        )}
      </Group>
      {props.children}
    </Paper>
  );
}

/** `/admin/reports`: the directorate's figures for a service and a period, to read, copy, download and print. */
export function ReportsPage({ session, onLogout }: { session: Session; onLogout: () => void }) {
  const { r, lang } = useReportsText();
  const thisYear = new Date().getFullYear();
  const [serviceId, setServiceId] = useState<string>('');
  const [kind, setKind] = useState<Kind>('year');
  const [year, setYear] = useState(String(thisYear));
  const [month, setMonth] = useState(String(new Date().getMonth() + 1));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [query, setQuery] = useState(`year=${thisYear}`);
  const [reports, setReports] = useState<Reports>();
  const [failure, setFailure] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [copied, setCopied] = useState(false);
  const [mapSettings, setMapSettings] = useState<MapSettings>();

  useEffect(() => {
    apiGet<MapSettings>('/places/map-settings')
      .then(setMapSettings)
      .catch(() => setMapSettings(undefined));
  }, []);

  useEffect(() => {
    let live = true;
    setLoading(true);
    Promise.all([
      apiGet<Activity>(`/reports/activity?${query}`),
      apiGet<{ rows: RefusalRow[] }>(`/reports/refusals?${query}`),
      apiGet<{ rows: QualityRow[] }>(`/reports/quality?${query}`),
      apiGet<{ rows: PlaceRow[] }>(`/reports/places?${query}`),
    ])
      .then(([activity, refusals, quality, places]) => {
        if (!live) return;
        setReports({
          activity,
          refusals: refusals.rows,
          quality: quality.rows,
          places: places.rows,
        });
        setFailure(undefined);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setFailure(
          e instanceof ApiError
            ? [e.message, ...e.issues.map((i) => `${i.field}: ${i.message}`)].join(' ')
            : String(e),
        );
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [query]);

  function apply(event: FormEvent) {
    event.preventDefault();
    const q = new URLSearchParams();
    if (serviceId) q.set('serviceId', serviceId);
    if (kind === 'custom') {
      q.set('from', from);
      q.set('to', to);
    } else {
      q.set('year', year);
      if (kind === 'month') q.set('month', month);
    }
    setCopied(false);
    setQuery(q.toString());
  }

  const services = reports?.activity.services ?? [];
  const nameOf = (id: string | null) => {
    if (id === null) return r('total');
    const s = services.find((x) => x.id === id);
    return s ? (lang === 'en' ? s.nameEn : s.nameTr) : id;
  };
  const monthNames = r('months').split(',');
  const sentences = reports ? reports.activity.sentences[lang] : [];
  const perService = (reports?.activity.rows ?? []).filter((x) => x.serviceId !== null);
  const qualityPerService = (reports?.quality ?? []).filter((x) => x.serviceId !== null);

  async function copy() {
    await navigator.clipboard.writeText(sentences.join('\n'));
    setCopied(true);
  }

  return (
    <Container size="xl" py="md">
      <PageHeader title={r('title')} userName={session.user.name} onLogout={onLogout}>
        {session.user.role === 'admin' && (
          <Anchor href="/admin/" className="no-print">
            {r('back')}
          </Anchor>
        )}
      </PageHeader>
      <main>
        <Stack>
          <form onSubmit={apply} aria-label={r('filters')} className="no-print">
            <Group align="flex-end" wrap="wrap">
              <Select
                label={r('service')}
                value={serviceId}
                onChange={(v) => setServiceId(v ?? '')}
                allowDeselect={false}
                data={[
                  { value: '', label: r('allServices') },
                  ...services.map((s) => ({
                    value: s.id,
                    label: lang === 'en' ? s.nameEn : s.nameTr,
                  })),
                ]}
              />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="period-label">
                  {r('period')}
                </Text>
                <SegmentedControl
                  aria-labelledby="period-label"
                  value={kind}
                  onChange={(v) => setKind(v as Kind)}
                  data={[
                    { value: 'year', label: r('period.year') },
                    { value: 'month', label: r('period.month') },
                    { value: 'custom', label: r('period.custom') },
                  ]}
                />
              </Stack>
              {kind !== 'custom' && (
                <Select
                  label={r('year')}
                  value={year}
                  onChange={(v) => setYear(v ?? String(thisYear))}
                  allowDeselect={false}
                  data={Array.from({ length: 8 }, (_, i) => String(thisYear - i))}
                  w={110}
                />
              )}
              {kind === 'month' && (
                <Select
                  label={r('month')}
                  value={month}
                  onChange={(v) => setMonth(v ?? '1')}
                  allowDeselect={false}
                  data={monthNames.map((name, i) => ({ value: String(i + 1), label: name }))}
                  w={150}
                />
              )}
              {kind === 'custom' && (
                <>
                  <DateField label={r('from')} value={from} onChange={setFrom} required />
                  <DateField label={r('to')} value={to} onChange={setTo} required />
                </>
              )}
              <Button type="submit">{r('show')}</Button>
              <Button variant="default" onClick={() => window.print()}>
                {r('print')}
              </Button>
            </Group>
          </form>

          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {loading && (
            <Text aria-live="polite" c="dimmed">
              {r('loading')}
            </Text>
          )}

          {reports && (
            <>
              <Section title={r('sentences')}>
                <List className="reports-sentences" data-testid="sentences">
                  {sentences.map((s) => (
                    <List.Item key={s}>{s}</List.Item>
                  ))}
                </List>
                <Group mt="sm" className="no-print">
                  <Button size="xs" variant="light" onClick={() => void copy()}>
                    {r('copy')}
                  </Button>
                  <Text size="sm" aria-live="polite">
                    {copied ? r('copied') : ''}
                  </Text>
                </Group>
              </Section>

              <Section
                title={r('activity')}
                csv={{ table: 'activity', query, label: r('csv', { table: r('activity') }) }}
              >
                <ActivityTable rows={reports.activity.rows} nameOf={nameOf} />
                {perService.length > 0 && (
                  <figure className="reports-chart" style={{ margin: '1rem 0 0' }}>
                    <figcaption>
                      <Text size="sm">{r('chartActivity')}</Text>
                    </figcaption>
                    <ResponsiveContainer width="100%" height={260}>
                      <BarChart
                        data={perService.map((x) => ({
                          name: nameOf(x.serviceId),
                          completed: x.completed,
                          cancelled: x.cancelled,
                          noShows: x.noShows,
                          refused: x.refused,
                        }))}
                      >
                        <CartesianGrid strokeDasharray="3 3" />
                        <XAxis dataKey="name" />
                        <YAxis allowDecimals={false} />
                        <Tooltip />
                        <Legend />
                        <Bar
                          isAnimationActive={false}
                          dataKey="completed"
                          name={r('chartCompleted')}
                          fill="#2f9e44"
                        />
                        <Bar
                          isAnimationActive={false}
                          dataKey="cancelled"
                          name={r('chartCancelled')}
                          fill="#868e96"
                        />
                        <Bar
                          isAnimationActive={false}
                          dataKey="noShows"
                          name={r('chartNoShows')}
                          fill="#e8590c"
                        />
                        <Bar
                          isAnimationActive={false}
                          dataKey="refused"
                          name={r('chartRefused')}
                          fill="#c92a2a"
                        />
                      </BarChart>
                    </ResponsiveContainer>
                  </figure>
                )}
              </Section>

              <Section
                title={r('refusals')}
                csv={{ table: 'refusals', query, label: r('csv', { table: r('refusals') }) }}
              >
                {reports.refusals.length === 0 ? (
                  <Text c="dimmed">{r('none')}</Text>
                ) : (
                  <div className="reports-table">
                    <Table striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{r('col.service')}</Table.Th>
                          <Table.Th>{r('col.reason')}</Table.Th>
                          <Table.Th>{r('col.refused')}</Table.Th>
                          <Table.Th>{r('col.turnedDown')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {reports.refusals.map((x) => (
                          <Table.Tr key={`${x.serviceId}-${x.reason}`}>
                            <Table.Td>{nameOf(x.serviceId)}</Table.Td>
                            <Table.Td>{x.reason}</Table.Td>
                            <Table.Td>{x.refused}</Table.Td>
                            <Table.Td>{x.turnedDown}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </div>
                )}
              </Section>

              <Section
                title={r('quality')}
                csv={{ table: 'quality', query, label: r('csv', { table: r('quality') }) }}
              >
                <QualityTable rows={reports.quality} nameOf={nameOf} />
                <Text size="sm" c="dimmed" mt="xs">
                  {r('qualityNote')}
                </Text>
                {qualityPerService.length > 0 && (
                  <figure className="reports-chart" style={{ margin: '1rem 0 0' }}>
                    <figcaption>
                      <Text size="sm">{r('chartQuality')}</Text>
                    </figcaption>
                    <ResponsiveContainer width="100%" height={240}>
                      <BarChart
                        data={qualityPerService.map((x) => ({
                          name: nameOf(x.serviceId),
                          onTime: percent(x.onTimePickups, x.pickups),
                          shared: percent(x.shared, x.completed),
                        }))}
                      >
                        <CartesianGrid strokeDasharray="3 3" />
                        <XAxis dataKey="name" />
                        <YAxis domain={[0, 100]} />
                        <Tooltip />
                        <Legend />
                        <Bar
                          isAnimationActive={false}
                          dataKey="onTime"
                          name={r('chartOnTime')}
                          fill="#1971c2"
                        />
                        <Bar
                          isAnimationActive={false}
                          dataKey="shared"
                          name={r('chartShared')}
                          fill="#7048e8"
                        />
                      </BarChart>
                    </ResponsiveContainer>
                  </figure>
                )}
              </Section>

              <Section
                title={r('places')}
                csv={{ table: 'places', query, label: r('csv', { table: r('places') }) }}
              >
                {mapSettings && reports.places.length > 0 && (
                  <ReportsMap
                    settings={mapSettings}
                    places={reports.places}
                    label={r('mapLabel')}
                    skip={r('skipMap')}
                  />
                )}
                {reports.places.length === 0 ? (
                  <Text c="dimmed">{r('none')}</Text>
                ) : (
                  <div className="reports-table">
                    <Table striped mt="sm">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{r('col.place')}</Table.Th>
                          <Table.Th>{r('col.kind')}</Table.Th>
                          <Table.Th>{r('col.requested')}</Table.Th>
                          <Table.Th>{r('col.completed')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {reports.places.map((x) => (
                          <Table.Tr key={x.placeId ?? x.name}>
                            <Table.Td>{x.name}</Table.Td>
                            <Table.Td>
                              {x.kind === 'mahalle'
                                ? r('kind.mahalle')
                                : x.kind === 'koy'
                                  ? r('kind.koy')
                                  : r('kind.other')}
                            </Table.Td>
                            <Table.Td>{x.requested}</Table.Td>
                            <Table.Td>{x.completed}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </div>
                )}
              </Section>
            </>
          )}
        </Stack>
      </main>
    </Container>
  );
}

function ActivityTable(props: { rows: ActivityRow[]; nameOf: (id: string | null) => string }) {
  const { r } = useReportsText();
  return (
    <div className="reports-table">
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{r('col.service')}</Table.Th>
            <Table.Th>{r('col.requested')}</Table.Th>
            <Table.Th>{r('col.completed')}</Table.Th>
            <Table.Th>{r('col.cancelled')}</Table.Th>
            <Table.Th>{r('col.noShows')}</Table.Th>
            <Table.Th>{r('col.refused')}</Table.Th>
            <Table.Th>{r('col.turnedDown')}</Table.Th>
            <Table.Th>{r('col.citizens')}</Table.Th>
            <Table.Th>{r('col.areas')}</Table.Th>
            <Table.Th>{r('col.first')}</Table.Th>
            <Table.Th>{r('col.last')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((x) => (
            <Table.Tr key={x.serviceId ?? 'total'} fw={x.serviceId === null ? 700 : undefined}>
              <Table.Td>{props.nameOf(x.serviceId)}</Table.Td>
              <Table.Td>{x.requested}</Table.Td>
              <Table.Td>{x.completed}</Table.Td>
              <Table.Td>
                {x.cancelled}
                <Text span size="xs" c="dimmed">
                  {` (${r('col.byCitizen')} ${x.cancelledByCitizen}, ${r('col.byOperator')} ${x.cancelledByOperator}, ${r('col.bySystem')} ${x.cancelledBySystem}; ${r('col.late')} ${x.lateCancels})`}
                </Text>
              </Table.Td>
              <Table.Td>{x.noShows}</Table.Td>
              <Table.Td>{x.refused}</Table.Td>
              <Table.Td>{x.turnedDown}</Table.Td>
              <Table.Td>{x.citizensServed}</Table.Td>
              <Table.Td>{`${x.neighbourhoods} / ${x.villages}`}</Table.Td>
              <Table.Td>{x.firstRide ? dmyHm(x.firstRide) : '—'}</Table.Td>
              <Table.Td>{x.lastRide ? dmyHm(x.lastRide) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function QualityTable(props: { rows: QualityRow[]; nameOf: (id: string | null) => string }) {
  const { r } = useReportsText();
  const num = (n: number | null, digits = 1) => (n === null ? '—' : n.toFixed(digits));
  return (
    <div className="reports-table">
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{r('col.service')}</Table.Th>
            <Table.Th>{r('col.onTime')}</Table.Th>
            <Table.Th>{r('col.late2')}</Table.Th>
            <Table.Th>{r('col.arriveBy')}</Table.Th>
            <Table.Th>{r('col.rideRatio')}</Table.Th>
            <Table.Th>{r('col.shared')}</Table.Th>
            <Table.Th>{r('col.utilisation')}</Table.Th>
            <Table.Th>{r('col.emptyKm')}</Table.Th>
            <Table.Th>{r('col.overtime')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((x) => (
            <Table.Tr key={x.serviceId ?? 'total'} fw={x.serviceId === null ? 700 : undefined}>
              <Table.Td>{props.nameOf(x.serviceId)}</Table.Td>
              <Table.Td>{`${x.onTimePickups} / ${x.pickups} (%${percent(x.onTimePickups, x.pickups)})`}</Table.Td>
              <Table.Td>{`${num(x.meanLateMinutes)} / ${num(x.p95LateMinutes)}`}</Table.Td>
              <Table.Td>{`${x.arrivedBeforeAppointment} / ${x.arriveByRides}`}</Table.Td>
              <Table.Td>{num(x.rideRatioMean, 2)}</Table.Td>
              <Table.Td>{`${x.shared} / ${x.completed} (%${percent(x.shared, x.completed)})`}</Table.Td>
              <Table.Td>{num(x.utilisation, 2)}</Table.Td>
              <Table.Td>{num(x.emptyKm)}</Table.Td>
              <Table.Td>{`${x.overtimeShifts} / ${num(x.overtimeHours)}`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
