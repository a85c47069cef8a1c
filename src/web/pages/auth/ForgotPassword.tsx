import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ResetRequestInput } from '../../../auth/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useForm } from '../../components/useForm';

export function ForgotPassword() {
  const { t } = useTranslation();
  const form = useForm({ email: '' });
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = form.validate(ResetRequestInput, form.values);
    if (!input) return;
    setBusy(true);
    try {
      await api.post('/api/auth/password-reset/request', input);
      setSent(true);
    } catch (err) {
      form.fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('auth.forgot.title')} />
      {sent ? (
        <Alert color="green.9" variant="outline" role="status" mb="md">
          {t('auth.forgot.sent')}
        </Alert>
      ) : (
        <>
          <Text mb="md">{t('auth.forgot.intro')}</Text>
          <ErrorAlert error={form.error} />
          <form onSubmit={submit} noValidate>
            <Stack>
              <TextInput
                label={t('auth.login.email')}
                type="email"
                autoComplete="email"
                required
                {...form.text('email')}
              />
              <Button type="submit" loading={busy}>
                {t('auth.forgot.submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/login" mt="md" display="inline-block">
        {t('auth.forgot.backToLogin')}
      </Anchor>
    </>
  );
}
