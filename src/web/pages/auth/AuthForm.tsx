import { Anchor, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useForm, type FormValues } from '../../components/useForm';
import { SubmitForm, useSave } from '../../kit';

/**
 * A sign-in page's form state: its fields, checked with `schema` before `send`; `frame` is the
 * AuthForm's error, busy state and submit.
 */
export function useAuthForm<V extends FormValues, S extends z.ZodType, R>(opts: {
  initial: V;
  schema: S;
  send: (input: z.output<S>) => Promise<R>;
  onSaved: (answer: R) => void;
}) {
  const form = useForm<V>(opts.initial);
  const save = useSave<z.output<S>, R>({ send: opts.send, onSaved: opts.onSaved, onError: form.fail });
  const onSubmit = () => {
    const input = form.validate(opts.schema, form.values);
    if (input) save.submit(input);
  };
  return { form, frame: { error: form.error, busy: save.pending, onSubmit } };
}

/**
 * A sign-in page's form (sign in, forgot password, new password): the page's h1, what to do, the
 * form's error, the fields and one button, their texts under `texts` (`title`, `intro`, `submit`).
 * `done` replaces the form once it has done its work; `link` leads to another sign-in page.
 */
export function AuthForm({
  texts,
  error,
  errorTitle,
  onSubmit,
  busy,
  done,
  children,
  link,
}: {
  texts: 'auth.login' | 'auth.forgot' | 'auth.reset';
  error: unknown;
  errorTitle?: string;
  onSubmit: () => void;
  busy: boolean;
  done?: ReactNode;
  children: ReactNode;
  link?: { to: string; label: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`${texts}.title`)} />
      {done ?? (
        <>
          <Text mb="md">{t(`${texts}.intro`)}</Text>
          <ErrorAlert error={error} title={errorTitle} />
          <SubmitForm onSubmit={onSubmit}>
            <Stack>
              {children}
              <Button type="submit" loading={busy}>
                {t(`${texts}.submit`)}
              </Button>
            </Stack>
          </SubmitForm>
        </>
      )}
      {link && (
        <Anchor component={Link} to={link.to} mt="md" display="inline-block">
          {link.label}
        </Anchor>
      )}
    </>
  );
}
