import { Button, Stack, Text, Title } from '@mantine/core';
import type { RefObject } from 'react';
import { explain } from '../operator/explanation.js';
import { useI18n } from '../shared/i18n.js';
import { Announce } from './choices.js';
import type { BookingView } from './citizen-api.js';
import { useT } from './messages.js';
import { spokenTime } from './request-body.js';

/** The answer in plain words: confirmed with the window, waiting for an operator, or why not and what instead. */
export function RequestAnswer(props: {
  booking: BookingView;
  headingRef: RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  error: string | null;
  onPick: (requestedAt: string) => void;
  onFollow: () => void;
  /** Back to the questions, every answer kept, to ask for another time or place. */
  onChange: () => void;
}) {
  const { t, lang } = useT();
  const shared = useI18n();
  const b = props.booking;
  const windowOf = b.planned
    ? { start: b.pickupWindow.start, end: b.pickupWindow.end }
    : b.pickupWindow;
  return (
    <Stack component="section" aria-labelledby="answer-heading">
      <Title order={2} id="answer-heading" ref={props.headingRef} tabIndex={-1}>
        {b.status === 'scheduled'
          ? t('answer.confirmed')
          : b.status === 'refused'
            ? t('answer.refused')
            : t('answer.pending')}
      </Title>
      <Announce>
        {b.status === 'scheduled' && (
          <Text>
            {t('answer.window', {
              start: spokenTime(windowOf.start, lang),
              end: spokenTime(windowOf.end, lang),
            })}
          </Text>
        )}
      </Announce>
      {b.status === 'refused' && (
        <>
          <Text fw={600}>{t('answer.why')}</Text>
          <ul>
            {[b.refusal?.reason, ...explain(b.explanation, shared.t)]
              .filter((x): x is string => Boolean(x))
              .map((line) => (
                <li key={line}>{line}</li>
              ))}
          </ul>
          {(b.refusal?.alternatives.length ?? 0) > 0 && (
            <Stack>
              <Text>{t('answer.alternatives')}</Text>
              {b.refusal?.alternatives.map((alt) => (
                <Button
                  key={alt.requestedAt}
                  variant="default"
                  loading={props.busy}
                  onClick={() => props.onPick(alt.requestedAt)}
                >
                  {t('answer.pick', { time: spokenTime(alt.plannedPickupAt, lang) })}
                </Button>
              ))}
            </Stack>
          )}
        </>
      )}
      {props.error && <Announce tone="error">{props.error}</Announce>}
      {b.status === 'refused' && (
        <Button variant="default" onClick={props.onChange}>
          {t('answer.change')}
        </Button>
      )}
      {b.status !== 'refused' && <Button onClick={props.onFollow}>{t('answer.follow')}</Button>}
    </Stack>
  );
}
