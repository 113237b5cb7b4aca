import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import {
  fillTemplate,
  type MessageLanguage,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  SAMPLE_VALUES,
  smsParts,
} from '../../src/domain/message-templates.js';
import { ApiError, apiGet, apiRequest } from '../shared/api.js';
import { type Lang, useI18n } from '../shared/i18n.js';

interface TemplateView {
  event: NotificationEvent;
  language: MessageLanguage;
  body: string;
  custom: boolean;
  defaultBody: string;
}
interface TemplatesView {
  placeholders: string[];
  maxLength: number;
  templates: TemplateView[];
}

/* The part's words, kept beside it, Turkish first. */
const tr = {
  title: 'Mesaj şablonları',
  help: 'Vatandaşa giden SMS ve bildirimlerin metni. Süslü parantez içindeki yer tutucular gönderimde doldurulur: {list}. Değişiklik bundan sonra gönderilen mesajlarda kullanılır.',
  language: 'Mesajın dili',
  'language.tr': 'Türkçe',
  'language.en': 'İngilizce',
  preview: 'Önizleme: {text}',
  parts: '{length} karakter, {parts} SMS',
  long: 'Uzun: birden çok SMS olarak gider.',
  custom: 'Bu hizmete özel metin.',
  builtIn: 'Hazır metin kullanılıyor.',
  reset: 'Hazır metne dön',
  save: 'Şablonları kaydet',
  saved: 'Şablonlar kaydedildi.',
  nothing: 'Değişiklik yok.',
  'event.confirmed': 'Onay',
  'event.changed': 'Değişiklik',
  'event.cancelled': 'İptal',
  'event.refused': 'Araç bulunamadı',
  'event.remind-day-before': 'Hatırlatma, önceki gün',
  'event.remind-soon': 'Hatırlatma, alınmadan az önce',
  'event.on-the-way': 'Araç yolda',
  'event.arrived': 'Araç kapıda',
  'event.no-show-warning': 'Gelmeme uyarısı',
};
const en: Record<keyof typeof tr, string> = {
  title: 'Message templates',
  help: 'The text of the SMS and notifications citizens receive. Placeholders in braces are filled when sent: {list}. A change is used for messages sent from now on.',
  language: 'Language of the message',
  'language.tr': 'Turkish',
  'language.en': 'English',
  preview: 'Preview: {text}',
  parts: '{length} characters, {parts} SMS',
  long: 'Long: goes out as several SMS.',
  custom: 'This service’s own text.',
  builtIn: 'The built-in text is used.',
  reset: 'Back to the built-in text',
  save: 'Save templates',
  saved: 'Templates saved.',
  nothing: 'Nothing changed.',
  'event.confirmed': 'Confirmed',
  'event.changed': 'Changed',
  'event.cancelled': 'Cancelled',
  'event.refused': 'No car found',
  'event.remind-day-before': 'Reminder, the day before',
  'event.remind-soon': 'Reminder, shortly before pickup',
  'event.on-the-way': 'Car on its way',
  'event.arrived': 'Car at the door',
  'event.no-show-warning': 'No-show warning',
};
const words: Record<Lang, Record<keyof typeof tr, string>> = { tr, en };

function useWords() {
  const { lang } = useI18n();
  return (key: keyof typeof tr, params: Record<string, string | number> = {}) =>
    words[lang][key].replace(/\{(\w+)\}/g, (_, n: string) => String(params[n] ?? `{${n}}`));
}

/**
 * A service's message texts per event in one language, each with a preview
 * filled with example values and its length in SMS parts; the server refuses
 * an unknown placeholder and says which.
 */
export function MessageTemplates(props: { serviceId: string }) {
  const w = useWords();
  const [language, setLanguage] = useState<MessageLanguage>('tr');
  const [view, setView] = useState<TemplatesView>();
  const [drafts, setDrafts] = useState<Partial<Record<NotificationEvent, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<NotificationEvent, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const load = useCallback(() => {
    apiGet<TemplatesView>(`/services/${props.serviceId}/message-templates`).then(
      (v) => {
        setView(v);
        setDrafts({});
      },
      (e: unknown) => setFailure(e instanceof ApiError ? e.message : String(e)),
    );
  }, [props.serviceId]);
  useEffect(load, [load]);

  const current = (event: NotificationEvent) =>
    view?.templates.find((x) => x.event === event && x.language === language);

  async function save(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    setNotice(undefined);
    setErrors({});
    const changes = NOTIFICATION_EVENTS.flatMap((e) => {
      const draft = drafts[e];
      const now = current(e);
      if (draft === undefined || !now || draft === now.body) return [];
      // The built-in text typed back (or restored) means "no text of our own".
      return [{ event: e, language, body: draft.trim() === now.defaultBody ? null : draft }];
    });
    if (changes.length === 0) {
      setNotice(w('nothing'));
      return;
    }
    try {
      const { body } = await apiRequest<TemplatesView>(
        `/services/${props.serviceId}/message-templates`,
        { method: 'PUT', body: { templates: changes } },
      );
      setView(body);
      setDrafts({});
      setNotice(w('saved'));
    } catch (err) {
      if (err instanceof ApiError) {
        const byEvent: Partial<Record<NotificationEvent, string>> = {};
        for (const issue of err.issues) {
          const i = Number(issue.field.match(/^body\.templates\.(\d+)/)?.[1]);
          const change = changes[i];
          if (change) byEvent[change.event] = issue.message;
        }
        setErrors(byEvent);
        setFailure([err.message, ...err.issues.map((x) => x.message)].join(' '));
      } else setFailure(String(err));
    }
  }

  if (!view) return failure ? <Alert color="red">{failure}</Alert> : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="message-templates-title">
      <form onSubmit={save} noValidate aria-labelledby="message-templates-title">
        <Stack>
          <Text id="message-templates-title" fw={700} size="lg" component="h3" m={0}>
            {w('title')}
          </Text>
          <Alert color="gray">
            {w('help', { list: view.placeholders.map((p) => `{${p}}`).join(', ') })}
          </Alert>
          <NativeSelect
            label={w('language')}
            value={language}
            onChange={(e) => {
              setLanguage(e.currentTarget.value as MessageLanguage);
              setDrafts({});
              setErrors({});
            }}
            data={[
              { value: 'tr', label: w('language.tr') },
              { value: 'en', label: w('language.en') },
            ]}
          />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {NOTIFICATION_EVENTS.map((e) => {
            const t = current(e);
            if (!t) return null;
            const text = drafts[e] ?? t.body;
            const filled = fillTemplate(text, SAMPLE_VALUES[language]);
            const parts = smsParts(filled);
            return (
              <Fieldset key={e} legend={w(`event.${e}`)}>
                <Stack gap="xs">
                  <Textarea
                    label={w(`event.${e}`)}
                    description={t.custom ? w('custom') : w('builtIn')}
                    value={text}
                    onChange={(ev) => {
                      const value = ev.currentTarget.value;
                      setDrafts((d) => ({ ...d, [e]: value }));
                    }}
                    maxLength={view.maxLength}
                    autosize
                    minRows={2}
                    error={errors[e]}
                  />
                  <Text size="sm" aria-live="polite">
                    {w('preview', { text: filled })}
                  </Text>
                  <Group justify="space-between" wrap="wrap">
                    <Text size="sm">
                      {w('parts', { length: parts.length, parts: parts.parts })}
                      {parts.parts > 1 ? ` ${w('long')}` : ''}
                    </Text>
                    {text !== t.defaultBody && (
                      <Button
                        variant="subtle"
                        onClick={() => setDrafts((d) => ({ ...d, [e]: t.defaultBody }))}
                      >
                        {w('reset')}
                      </Button>
                    )}
                  </Group>
                </Stack>
              </Fieldset>
            );
          })}
          <div role="status">{notice && <Text>{notice}</Text>}</div>
          <Group justify="flex-end">
            <Button type="submit">{w('save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
