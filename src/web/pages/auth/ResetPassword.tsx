import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useForm } from '../../components/useForm';

const MIN = 10;

export function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useForm({ password: '', confirm: '' });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { password, confirm } = form.values;
    const errors: Record<string, string> = {};
    if (password.length < MIN) errors.password = t('validation.passwordLength', { min: MIN });
    if (password !== confirm) errors.confirm = t('validation.passwordMismatch');
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    try {
      await api.post('/api/auth/password-reset', { token, password });
      setDone(true);
    } catch (err) {
      form.fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('auth.reset.title')} />
      {!token ? (
        <Alert color="red.9" variant="outline" role="alert">
          {t('auth.reset.missingToken')}{' '}
          <Anchor component={Link} to="/forgot-password">
            {t('auth.reset.requestNew')}
          </Anchor>
        </Alert>
      ) : done ? (
        <Alert color="green.9" variant="outline" role="status">
          {t('auth.reset.done')}{' '}
          <Anchor component={Link} to="/login">
            {t('auth.login.submit')}
          </Anchor>
        </Alert>
      ) : (
        <>
          <Text mb="md">{t('auth.reset.intro')}</Text>
          <ErrorAlert error={form.error} />
          <form onSubmit={submit} noValidate>
            <Stack>
              <PasswordInput
                label={t('auth.reset.password')}
                autoComplete="new-password"
                required
                minLength={MIN}
                {...form.text('password')}
              />
              <PasswordInput
                label={t('auth.reset.confirm')}
                autoComplete="new-password"
                required
                {...form.text('confirm')}
              />
              <Button type="submit" loading={busy}>
                {t('auth.reset.submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
    </>
  );
}
