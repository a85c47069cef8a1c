import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoginInput } from '../../../auth/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useForm } from '../../components/useForm';
import { useSession } from '../../session';

/** Only paths inside the app, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function Login() {
  const { t } = useTranslation();
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = useForm({ email: '', password: '' });
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (user) return <Navigate to={next} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = form.validate(LoginInput, form.values);
    if (!input) return;
    setBusy(true);
    try {
      await signIn(input.email, input.password);
      navigate(next, { replace: true });
    } catch (err) {
      form.fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('auth.login.title')} />
      <Text mb="md">{t('auth.login.intro')}</Text>
      <ErrorAlert error={form.error} title={t('auth.login.title')} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('auth.login.email')}
            type="email"
            autoComplete="username"
            required
            {...form.text('email')}
          />
          <PasswordInput
            label={t('auth.login.password')}
            autoComplete="current-password"
            required
            {...form.text('password')}
          />
          <Button type="submit" loading={busy}>
            {t('auth.login.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password">
            {t('auth.login.forgot')}
          </Anchor>
        </Stack>
      </form>
    </>
  );
}
