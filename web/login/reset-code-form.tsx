import './reset.css';
import { Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, apiRequest } from '../shared/api.js';
import { type ResetKey, useResetText } from './reset-text.js';

type Field = 'username' | 'code' | 'password' | 'again';
type Problems = Partial<Record<Field, string>>;

/** The API's rule (POST /auth/password-reset): 10 to 200 characters. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

// The API names body fields; the form's own names for them.
const FIELD_OF: Record<string, Field> = {
  'body.username': 'username',
  'body.code': 'code',
  'body.newPassword': 'password',
};

/**
 * "I have a reset code": the user's username, the one-time code the
 * administrator handed over, and the new password twice. Each problem is
 * said beside its field (tied to it) and counted in a summary read out at
 * once; the first field with a problem takes the focus.
 */
export function ResetCodeForm(props: { onDone: (username: string) => void; onBack: () => void }) {
  const r = useResetText();
  const [values, setValues] = useState<Record<Field, string>>({
    username: '',
    code: '',
    password: '',
    again: '',
  });
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const refs = {
    username: useRef<HTMLInputElement>(null),
    code: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    again: useRef<HTMLInputElement>(null),
  };

  function check(): Problems {
    const found: Problems = {};
    const need = (f: Field, key: ResetKey = 'required') => {
      if (!found[f]) found[f] = r(key);
    };
    if (!values.username.trim()) need('username');
    if (!values.code.trim()) need('code');
    if (!values.password) need('password');
    else if (values.password.length < PASSWORD_MIN) need('password', 'tooShort');
    else if (values.password.length > PASSWORD_MAX) need('password', 'tooLong');
    if (!values.again) need('again');
    else if (values.password && values.again !== values.password) need('again', 'mismatch');
    return found;
  }

  function show(found: Problems) {
    setProblems(found);
    const first = (['username', 'code', 'password', 'again'] as const).find((f) => found[f]);
    if (first) refs[first].current?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    const found = check();
    if (Object.keys(found).length > 0) return show(found);
    setBusy(true);
    try {
      await apiRequest('/auth/password-reset', {
        method: 'POST',
        body: {
          username: values.username.trim(),
          code: values.code.trim(),
          newPassword: values.password,
        },
      });
      props.onDone(values.username.trim());
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) show({ code: r('badCode') });
      else if (e instanceof ApiError && e.issues.length > 0) {
        const fromServer: Problems = {};
        for (const issue of e.issues) {
          const field = FIELD_OF[issue.field];
          if (field && !fromServer[field]) fromServer[field] = issue.message;
        }
        if (Object.keys(fromServer).length > 0) show(fromServer);
        else setFailure(e.message);
      } else setFailure(e instanceof ApiError && e.code !== 'NETWORK' ? e.message : r('network'));
    } finally {
      setBusy(false);
    }
  }

  const set = (f: Field) => (e: { currentTarget: HTMLInputElement }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [f]: value }));
  };
  const count = Object.values(problems).filter(Boolean).length;

  return (
    <Paper component="main" withBorder p="lg" maw={420} mx="auto" mt="xl" className="reset-form">
      <form onSubmit={submit} aria-labelledby="reset-title" noValidate>
        <Stack>
          <Title id="reset-title" order={2}>
            {r('title')}
          </Title>
          <Text>{r('intro')}</Text>
          {/* Read out when the form is sent with problems; each is also said at its field. */}
          <div role="alert" className="reset-summary">
            {count > 0 && (
              <Text c="red.9" fw={600}>
                {r('summary', { count })}
              </Text>
            )}
            {failure && (
              <Text c="red.9" fw={600}>
                {failure}
              </Text>
            )}
          </div>
          <TextInput
            ref={refs.username}
            label={r('username')}
            autoComplete="username"
            autoCapitalize="none"
            required
            value={values.username}
            onChange={set('username')}
            error={problems.username}
          />
          <TextInput
            ref={refs.code}
            label={r('code')}
            description={r('codeHint')}
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={values.code}
            onChange={set('code')}
            error={problems.code}
          />
          <PasswordInput
            ref={refs.password}
            label={r('password')}
            description={r('passwordHint')}
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN}
            maxLength={PASSWORD_MAX}
            value={values.password}
            onChange={set('password')}
            error={problems.password}
            // PasswordInput leaves aria-invalid off its field; a screen reader needs it.
            aria-invalid={problems.password ? true : undefined}
          />
          <PasswordInput
            ref={refs.again}
            label={r('again')}
            autoComplete="new-password"
            required
            value={values.again}
            onChange={set('again')}
            error={problems.again}
            aria-invalid={problems.again ? true : undefined}
          />
          <Button type="submit" loading={busy}>
            {r('submit')}
          </Button>
          <Button variant="subtle" onClick={props.onBack}>
            {r('back')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
